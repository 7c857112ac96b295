package org.roadmap.commitments.roadmap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentSearch;
import org.roadmap.commitments.commitment.Health;
import org.roadmap.commitments.commitment.ImplementationLevel;
import org.springframework.stereotype.Service;

/**
 * Progress per pillar and for the whole road map: the weighted mean of the commitments' shares
 * done (none for no evidence and not started, a third for limited, two thirds for substantial,
 * all for complete), with counts by level, overdue, at risk, off track and in disagreement.
 */
@Service
public class ProgressRollup {

    private final CommitmentSearch search;

    ProgressRollup(CommitmentSearch search) {
        this.search = search;
    }

    /**
     * @param progress share done, 0 to 1, weighted
     */
    public record Progress(String scope, String title, double progress, int commitments, Map<String, Integer> byLevel,
            int overdue, int atRisk, int offTrack, int disagreements) {
    }

    public record RoadMapProgress(String roadMapId, LocalDate asOf, Progress total, List<Progress> pillars) {
    }

    /** @param includeRestricted false for callers who must not learn of restricted commitments, even as counts */
    public RoadMapProgress of(RoadMap roadMap, boolean includeRestricted) {
        List<Commitment> commitments = search.tracking(roadMap.id()).stream()
                .filter(c -> includeRestricted || !c.restricted()).toList();
        return of(roadMap, commitments, search.today());
    }

    /**
     * Progress of the given commitments of a road map, e.g. as they stood at the end of a past year
     * ({@link Commitment#asOf}); overdue counts against {@code asOf}.
     */
    public RoadMapProgress of(RoadMap roadMap, List<Commitment> commitments, LocalDate asOf) {
        List<Progress> pillars = roadMap.pillars().stream()
                .map(p -> progress(p.numeral(), p.title(),
                        commitments.stream().filter(c -> c.pillar().equals(p.numeral())).toList(), asOf))
                .toList();
        return new RoadMapProgress(roadMap.id(), asOf, progress(roadMap.id(), roadMap.name(), commitments, asOf),
                pillars);
    }

    static Progress progress(String scope, String title, List<Commitment> commitments, LocalDate today) {
        double weights = commitments.stream().mapToDouble(Commitment::weight).sum();
        double done = commitments.stream().mapToDouble(c -> c.weight() * c.level().score()).sum();
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (ImplementationLevel level : ImplementationLevel.values()) {
            byLevel.put(level.code(), (int) commitments.stream().filter(c -> c.level() == level).count());
        }
        return new Progress(scope, title, weights == 0 ? 0 : Math.round(done / weights * 1000) / 1000.0,
                commitments.size(), byLevel, count(commitments, c -> c.isOverdue(today)),
                count(commitments, c -> c.health() == Health.AT_RISK), count(commitments, c -> c.health() == Health.OFF_TRACK),
                count(commitments, Commitment::disagreement));
    }

    private static int count(List<Commitment> commitments, java.util.function.Predicate<Commitment> which) {
        return (int) commitments.stream().filter(which).count();
    }
}
