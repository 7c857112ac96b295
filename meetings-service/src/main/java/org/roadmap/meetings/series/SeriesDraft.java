package org.roadmap.meetings.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.roadmap.platform.aggregate.Change;

/** The next state of a series, built field by field: a field left {@code null} is unchanged. */
final class SeriesDraft {

    private final MeetingSeries from;
    String title;
    String organiser;
    /** absent: unchanged; empty: removed */
    Optional<String> description;
    List<String> commitments;
    String timeZone;
    Integer durationMinutes;
    VenueRule venueRule;
    String rule;
    LocalDateTime firstStart;
    CadenceRule cadence;
    List<Recurrence> recurrences;
    List<Occurrence> occurrences;
    List<String> alerts;
    Instant announcedUntil;
    /** what this write recorded of meetings held; the write's own only, not the one before's */
    List<MeetingOutcomes> recorded;

    SeriesDraft(MeetingSeries from) {
        this.from = from;
    }

    MeetingSeries commit(List<Change> changes, Instant now) {
        return build(from.version() + 1, now, changes);
    }

    MeetingSeries build(long version, Instant now, List<Change> changes) {
        boolean ruleEnded = rule == null && firstStart == null && recurrencesEndRule();
        return new MeetingSeries(from.id(), from.roadMapId(), or(title, from.title()), or(organiser, from.organiser()),
                description != null ? description.orElse(null) : from.description(), or(commitments, from.commitments()),
                or(timeZone, from.timeZone()), or(durationMinutes, from.durationMinutes()), or(venueRule, from.venueRule()),
                ruleEnded ? null : or(rule, from.rule()), ruleEnded ? null : or(firstStart, from.firstStart()),
                or(cadence, from.cadence()), or(recurrences, from.recurrences()), or(occurrences, from.occurrences()),
                or(alerts, from.alerts()), or(announcedUntil, from.announcedUntil()), recorded(version),
                from.history().append(changes), version, from.createdAt(),
                from.createdBy(), now);
    }

    /** A write's own records: joining the write that produced {@code from} keeps that write's. */
    private List<MeetingOutcomes> recorded(long version) {
        List<MeetingOutcomes> own = recorded == null ? List.of() : recorded;
        if (version != from.version()) {
            return own;
        }
        List<MeetingOutcomes> all = new ArrayList<>(from.recorded());
        all.addAll(own);
        return all;
    }

    /** The recurrence was replaced by stretches none of which continues: the series stopped recurring. */
    private boolean recurrencesEndRule() {
        return recurrences != null && recurrences.stream().allMatch(r -> r.until() != null);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
