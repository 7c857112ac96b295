package org.roadmap.meetings.series;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.FieldChanges;
import org.roadmap.platform.aggregate.HistoryValues;
import org.roadmap.platform.aggregate.TransitionRefusedException;

/**
 * Moves one meeting of a recurrence with every later one: the recurrence is cut at it and continues
 * from the new time on the rule rewritten for it ({@link MovedRule}); later meetings that were
 * cancelled or held stay so, later ones that were moved or confirmed follow the rule again.
 */
final class ThisAndLater {

    private ThisAndLater() {
    }

    static MeetingSeries move(MeetingSeries s, Occurrence current, Instant startAt, Instant endAt, Venue venue,
            Instant now, String actor) {
        if (!current.fromRule()) {
            throw new ScheduleRejectedException("scope", "meeting " + current.id()
                    + " was scheduled by hand; only meetings of a recurrence move with all later ones");
        }
        if (current.start().isBefore(now)) {
            throw new TransitionRefusedException("start", "Meeting " + current.id()
                    + " is in the past; moving it with all later ones would rewrite the past.");
        }
        Recurrence stretch = s.recurrences().stream().filter(r -> r.number() == current.recurrence()).findFirst().orElseThrow();
        VenueRule rule = stretch.venueRule();
        if (venue != null && !venue.equals(current.venue())) {
            if (rule != null && VenueRule.ALTERNATING.equals(rule.kind())) {
                throw new ScheduleRejectedException("venue", "venues alternate in this series: change the venue of"
                        + " single meetings, or the series' venue rule");
            }
            rule = new VenueRule(VenueRule.FIXED, List.of(venue));
        }
        java.time.ZoneId zone = venue != null ? venue.zone() : current.venue() != null ? current.venue().zone() : stretch.zone();
        LocalDateTime newFirst = LocalDateTime.ofInstant(startAt, zone);
        int used = current.ordinal() - stretch.ordinalOffset();
        // later meetings follow the date asked for, or the move is refused: it never lands elsewhere
        String movedRule = MovedRule.startingAt(RecurrenceRules.withRemainingCount(stretch.rule(), used),
                current.nominal(), newFirst);
        List<Recurrence> next = new ArrayList<>();
        for (Recurrence r : s.recurrences()) {
            if (r.number() == stretch.number()) {
                next.add(r.cutAt(current.nominal()));
            } else if (r.ordinalOffset() < current.ordinal()) {
                next.add(r);
            }
        }
        Recurrence continued = new Recurrence(s.nextRecurrenceNumber(), movedRule, newFirst, stretch.timeZone(),
                (int) Duration.between(startAt, endAt).toMinutes(), rule, null, null, current.ordinal(), 0);
        next.add(continued);
        SeriesDraft draft = s.draft();
        draft.recurrences = next;
        List<Change> changes = new ArrayList<>();
        List<Occurrence> kept = new ArrayList<>();
        for (Occurrence o : s.occurrences()) {
            boolean later = o.fromRule() && o.ordinal() >= current.ordinal();
            if (!later || o.status() == OccurrenceStatus.CANCELLED || o.status() == OccurrenceStatus.HELD) {
                kept.add(o);
            }
        }
        draft.occurrences = kept;
        MeetingSeries moved = draft.build(s.version() + 1, now, List.of());
        Occurrence first = moved.occurrence(current.id()).orElseThrow();
        if (current.status() == OccurrenceStatus.CONFIRMED) {
            Occurrence confirmed = first.withStatus(OccurrenceStatus.CONFIRMED, null, now, actor);
            draft.occurrences = new ArrayList<>(kept);
            draft.occurrences.add(confirmed);
            first = confirmed;
        }
        FieldChanges fields = new FieldChanges();
        fields.record("rule", stretch.rule(), continued.rule());
        fields.record("firstStart", stretch.firstStart(), newFirst);
        Map<String, Object> after = new LinkedHashMap<>(fields.after());
        after.putAll(HistoryValues.fields(new EffectiveFrom(now, current.id())));
        changes.add(Change.of(SeriesChangeKind.CHANGED, now, actor, s.version() + 1, fields.before(), after));
        changes.add(s.occurrenceChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, first, current, now, actor));
        for (Occurrence o : s.occurrences()) {
            if (o.fromRule() && o.ordinal() > current.ordinal() && o.status() == OccurrenceStatus.CONFIRMED) {
                Occurrence follows = draft.build(s.version() + 1, now, List.of()).occurrence(o.id()).orElseThrow();
                changes.add(s.occurrenceChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, follows, o, now, actor));
            }
        }
        draft.firstStart = newFirst;
        draft.rule = continued.rule();
        return draft.commit(changes, now);
    }
}
