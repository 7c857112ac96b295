package org.roadmap.commitments.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentLogs;
import org.roadmap.commitments.commitment.CommitmentSearch;
import org.roadmap.commitments.commitment.Health;
import org.roadmap.commitments.commitment.ImplementationLevel;
import org.roadmap.commitments.commitment.YearEnd;
import org.roadmap.commitments.commitment.YearEnds;
import org.roadmap.commitments.config.CommitmentsProperties;
import org.roadmap.commitments.report.AnnualReport.Disagreement;
import org.roadmap.commitments.report.AnnualReport.Listed;
import org.roadmap.commitments.report.AnnualReport.Side;
import org.roadmap.commitments.report.AnnualReport.SideAssessment;
import org.roadmap.commitments.roadmap.ProgressRollup;
import org.roadmap.commitments.roadmap.ProgressRollup.Progress;
import org.roadmap.commitments.roadmap.RoadMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Assembles the annual report of a road map. The status reported is the one at the end of the
 * period, so the 2025 report says the same in 2027 as it did on 31 December 2025: the state each
 * commitment ended the year with ({@link YearEnds}), and the changes and reports it appended within
 * the year, read by number. A commitment written before year ends were kept is read back from its
 * whole history and reports instead ({@link Commitment#asOf}).
 */
@Service
public class AnnualReports {

    private final CommitmentSearch search;
    private final ProgressRollup rollup;
    private final MessageSource messages;
    private final ZoneId zone;
    private final CommitmentLogs logs;
    private final YearEnds yearEnds;

    AnnualReports(CommitmentSearch search, ProgressRollup rollup, MessageSource messages,
            CommitmentsProperties properties, CommitmentLogs logs, YearEnds yearEnds) {
        this.search = search;
        this.logs = logs;
        this.yearEnds = yearEnds;
        this.rollup = rollup;
        this.messages = messages;
        this.zone = properties.deadlineZone();
    }

    /** The years a report can cover: from the year of signature (or of import, where undated) to this year. */
    public record Years(int first, int last) {

        public boolean contains(int year) {
            return year >= first && year <= last;
        }
    }

    public Years years(RoadMap roadMap) {
        int thisYear = search.today().getYear();
        LocalDate start = roadMap.signedOn() != null ? roadMap.signedOn()
                : roadMap.importedAt() != null ? LocalDate.ofInstant(roadMap.importedAt(), zone) : search.today();
        return new Years(Math.min(start.getYear(), thisYear), thisYear);
    }

    /**
     * @param includeRestricted false for callers who must not learn of restricted commitments
     * @throws IllegalArgumentException when {@code year} is outside {@link #years}
     */
    public AnnualReport of(RoadMap roadMap, int year, ReportLanguage language, boolean includeRestricted) {
        if (!years(roadMap).contains(year)) {
            throw new IllegalArgumentException("No report on " + roadMap.id() + " for " + year);
        }
        ReportPeriod period = ReportPeriod.of(year, roadMap.signedOn(), search.today());
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        // as listed, in memory (ADR 11): one unchanged since the period began is read no further
        List<Commitment> listed = search.tracking(roadMap.id()).stream()
                .filter(c -> includeRestricted || !c.restricted()).toList();
        Map<String, Commitment> changed = search.whole(listed.stream().filter(c -> !unchangedSince(c, start))
                .map(Commitment::id).toList());
        List<Commitment> now = listed.stream().map(c -> changed.getOrDefault(c.id(), c)).toList();
        Map<String, CommitmentLogs.Past> pasts = new HashMap<>();
        Map<String, Commitment> then = new HashMap<>();
        Map<String, List<YearEnd>> ends = yearEnds.upTo(changed.values(), year);
        Instant yearStart = period.yearStart(zone);
        for (Commitment c : now) {
            if (!changed.containsKey(c.id())) {
                // no change in the period and none since: it stands as it is, its logs are not read
                pasts.put(c.id(), CommitmentLogs.Past.NONE);
                then.put(c.id(), c);
                continue;
            }
            Optional<YearEnds.Period> within = YearEnds.period(c, ends.getOrDefault(c.id(), List.of()), year,
                    yearStart, end);
            // written before year ends were kept, or registered after the period: replayed from its whole logs
            CommitmentLogs.Past past = within.map(p -> logs.within(c, p)).orElseGet(() -> logs.past(c));
            pasts.put(c.id(), past);
            then.put(c.id(), within.map(YearEnds.Period::atEnd).orElseGet(() -> c.asOf(end, past)));
        }
        List<Commitment> atEnd = now.stream().map(c -> then.get(c.id())).toList();
        ProgressRollup.RoadMapProgress progress = rollup.of(roadMap, atEnd, period.asOf());
        Locale locale = language.locale();
        return new AnnualReport(roadMap.id(), text("roadmap." + roadMap.id() + ".name", roadMap.name(), locale),
                text("roadmap." + roadMap.id() + ".place", roadMap.place(), locale), roadMap.signedOn(),
                sides(roadMap, locale), language.tag(), period, search.today(),
                translated(progress.total(), roadMap.id() + ".name", locale),
                progress.pillars().stream().map(p -> translated(p, roadMap.id() + ".pillar." + p.scope(), locale))
                        .toList(),
                overdue(atEnd, period.asOf()), atRisk(atEnd), disagreements(atEnd),
                ChangesOfPeriod.of(now, pasts, start, end), labels(locale));
    }

    private static List<Listed> overdue(List<Commitment> commitments, LocalDate asOf) {
        return commitments.stream().filter(c -> c.isOverdue(asOf))
                .sorted(Comparator.comparing(Commitment::deadline))
                .map(AnnualReports::listed).toList();
    }

    private static List<Listed> atRisk(List<Commitment> commitments) {
        return commitments.stream().filter(c -> c.health() != Health.ON_TRACK)
                .sorted(Comparator.comparing(Commitment::health).reversed())
                .map(AnnualReports::listed).toList();
    }

    private static List<Disagreement> disagreements(List<Commitment> commitments) {
        return commitments.stream().filter(Commitment::disagreement)
                .map(c -> new Disagreement(c.id(), c.reference(), c.title(), c.level().code(), c.health().code(),
                        c.assessments().stream().map(a -> new SideAssessment(a.country(), a.organisation(),
                                a.level().code(), a.health().code(), a.assessedAt())).toList()))
                .toList();
    }

    private static Listed listed(Commitment c) {
        return new Listed(c.id(), c.reference(), c.title(), c.deadline(), c.level().code(), c.health().code(),
                c.responsibleEntities());
    }

    /** Each side's name as the language writes it (Japón, ペルー), from the JDK's country names. */
    private static List<Side> sides(RoadMap roadMap, Locale locale) {
        return roadMap.parties().stream().map(p -> {
            String name = new Locale("", p.country()).getDisplayCountry(locale);
            return new Side(p.country(), name.isBlank() || name.equals(p.country()) ? p.name() : name);
        }).toList();
    }

    private Progress translated(Progress p, String key, Locale locale) {
        return new Progress(p.scope(), text("roadmap." + key, p.title(), locale), p.progress(), p.commitments(),
                p.byLevel(), p.overdue(), p.atRisk(), p.offTrack(), p.disagreements());
    }

    private static boolean unchangedSince(Commitment c, Instant start) {
        return c.updatedAt() != null && c.updatedAt().isBefore(start);
    }

    private Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ImplementationLevel level : ImplementationLevel.values()) {
            labels.put(level.code(), messages.getMessage("report.level." + level.code(), null, locale));
        }
        for (Health health : Health.values()) {
            labels.put(health.code(), messages.getMessage("report.health." + health.code(), null, locale));
        }
        return labels;
    }

    /** A road map's own text in another language where the bundles have it, else the text as imported. */
    private String text(String key, String imported, Locale locale) {
        return messages.getMessage(key, null, imported, locale);
    }
}
