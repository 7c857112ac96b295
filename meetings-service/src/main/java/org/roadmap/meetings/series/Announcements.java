package org.roadmap.meetings.series;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.roadmap.platform.aggregate.Change;

/**
 * Tells the other services about the meetings a recurrence rule plans, which nobody schedules one
 * by one, so reminders follow them: each planned meeting starting within {@code ahead} of now is
 * announced ({@code occurrence-announced}), and what a later write does to a meeting the others
 * know follows it ({@code occurrence-rescheduled}; {@code occurrence-withdrawn} when the rule no
 * longer has it). What the others know is worked out from a state and how far ahead it announced
 * ({@link MeetingSeries#announcedUntil()}), so the series keeps no list of what was sent, and the
 * announcements are stored in the same write as the change that causes them.
 */
final class Announcements {

    static final String ACTOR = "meetings-service";

    private Announcements() {
    }

    /**
     * {@code after} with the announcements that {@code before → after} calls for at {@code now}. With {@code after}
     * the same state as {@code before} (time has passed), they make a write of their own; when there are none,
     * {@code after} itself is returned (no write needed). {@code before} is absent for a series being created.
     */
    static MeetingSeries follow(MeetingSeries before, MeetingSeries after, Instant now, Duration ahead) {
        boolean ownWrite = after == before;
        long version = ownWrite ? after.version() + 1 : after.version();
        Instant until = now.plus(ahead);
        Map<String, Occurrence> known = before == null ? Map.of() : known(before, now, before.announcedUntil());
        Map<String, Occurrence> next = known(after, now, until);
        Set<String> told = ownWrite ? Set.of() : toldBy(after.latestChanges());
        Set<String> ids = new LinkedHashSet<>(known.keySet());
        ids.addAll(next.keySet());
        List<Change> changes = new ArrayList<>();
        for (String id : ids) {
            if (told.contains(id)) {
                continue;
            }
            Occurrence was = known.get(id);
            Occurrence is = next.containsKey(id) ? next.get(id) : after.occurrence(id).orElse(null);
            changes.addAll(difference(was, is, version, now));
        }
        if (ownWrite && changes.isEmpty()) {
            return after;
        }
        return after.announced(changes, until, ownWrite, now);
    }

    /** What the other services know of upcoming meetings: every meeting stored (each told by its own event), and those announced. */
    private static Map<String, Occurrence> known(MeetingSeries series, Instant now, Instant announcedUntil) {
        Map<String, Occurrence> known = new LinkedHashMap<>();
        if (announcedUntil != null && announcedUntil.isAfter(now)) {
            series.occurrencesBetween(now, announcedUntil).forEach(o -> known.put(o.id(), o));
        }
        series.occurrences().stream().filter(o -> !o.start().isBefore(now)).forEach(o -> known.putIfAbsent(o.id(), o));
        return known;
    }

    private static List<Change> difference(Occurrence was, Occurrence is, long version, Instant now) {
        if (was == null) {
            return is != null && is.status().takesPlace() && is.status() != OccurrenceStatus.HELD
                    ? List.of(MeetingSeries.meetingChange(SeriesChangeKind.OCCURRENCE_ANNOUNCED, is, null, version, now, ACTOR))
                    : List.of();
        }
        if (was.status() == OccurrenceStatus.CANCELLED || was.status() == OccurrenceStatus.HELD) {
            return List.of();
        }
        if (is == null || is.status() == OccurrenceStatus.CANCELLED) {
            MeetingChange withdrawn = new MeetingChange(was.id(), was.start(), OccurrenceStatus.CANCELLED.code(), null,
                    "no longer planned by the series' recurrence");
            return List.of(Change.of(SeriesChangeKind.OCCURRENCE_WITHDRAWN, now, ACTOR, version, null, withdrawn));
        }
        if (!was.start().equals(is.start()) || !was.end().equals(is.end()) || !Objects.equals(was.venue(), is.venue())) {
            return List.of(MeetingSeries.meetingChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, is, was, version, now, ACTOR));
        }
        if (was.status() != is.status()) {
            return List.of(MeetingSeries.meetingChange(SeriesChangeKind.OCCURRENCE_ANNOUNCED, is, null, version, now, ACTOR));
        }
        return List.of();
    }

    /** Meetings the write's own changes already tell the others about. */
    private static Set<String> toldBy(List<Change> changes) {
        Set<String> told = new LinkedHashSet<>();
        for (Change c : changes) {
            MeetingChange meeting = c.after(MeetingChange.class);
            if (meeting != null && meeting.occurrenceId() != null) {
                told.add(meeting.occurrenceId());
            }
        }
        return told;
    }
}
