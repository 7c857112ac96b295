package org.roadmap.bench.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roadmap.events.EventJson;

/**
 * What the deadline changes caused: each commitment's last change must have reached the observer
 * (delivered after it was sent), and no commitment may have more overdue notifications than
 * changes (a change notified twice).
 */
public record NotificationOutcome(int changes, int acknowledged, int eventsMissing, int duplicateEvents, int delivered,
        int lastChangesNotNotified, int notifiedTwice, List<String> examples, List<String> notNotified) {

    static final String DEADLINE_CHANGED = "org.roadmap.commitment.deadline-changed.v1";

    /** Each deadline move on the log, as commitment@deadline, with the ids of the events that announced it. */
    static Map<String, Set<String>> deadlineEvents(List<EventLog.Event> log) {
        Map<String, Set<String>> eventIds = new HashMap<>();
        for (EventLog.Event event : log) {
            if (DEADLINE_CHANGED.equals(event.type())) {
                var data = EventJson.tree(event.data());
                String move = data.path("commitmentId").asString("") + "@" + data.path("deadline").asString("");
                eventIds.computeIfAbsent(move, k -> new HashSet<>()).add(event.id());
            }
        }
        return eventIds;
    }

    static NotificationOutcome of(List<DeadlineChanges.Change> changes, Map<String, Set<String>> eventIds,
            Map<String, List<Instant>> delivered) {
        List<String> examples = new ArrayList<>();
        int missing = 0;
        int duplicates = 0;
        for (DeadlineChanges.Change change : changes) {
            int ids = eventIds.getOrDefault(change.commitmentId + "@" + change.deadline, Set.of()).size();
            if (change.acknowledged && ids == 0) {
                missing++;
                note(examples, "the move of " + change.commitmentId + " to " + change.deadline + " has no event");
            }
            if (ids > 1) {
                duplicates++;
                note(examples, "the move of " + change.commitmentId + " to " + change.deadline + " has " + ids + " events");
            }
        }
        Map<String, DeadlineChanges.Change> last = new HashMap<>();
        Map<String, Integer> acknowledgedPerCommitment = new HashMap<>();
        for (DeadlineChanges.Change change : changes) {
            if (change.acknowledged) {
                acknowledgedPerCommitment.merge(change.commitmentId, 1, Integer::sum);
                last.merge(change.commitmentId, change, (a, b) -> a.sentAt.isAfter(b.sentAt) ? a : b);
            }
        }
        int notNotified = 0;
        List<String> notNotifiedIds = new ArrayList<>();
        int twice = 0;
        for (DeadlineChanges.Change change : last.values()) {
            List<Instant> times = delivered.getOrDefault(change.commitmentId, List.of());
            if (times.stream().noneMatch(t -> !t.isBefore(change.sentAt))) {
                notNotified++;
                notNotifiedIds.add(change.commitmentId);
                note(examples, "the move of " + change.commitmentId + " to " + change.deadline + " sent at " + change.sentAt
                        + " was not notified");
            }
            if (times.size() > acknowledgedPerCommitment.get(change.commitmentId)) {
                twice++;
                note(examples, change.commitmentId + ": " + times.size() + " notifications for "
                        + acknowledgedPerCommitment.get(change.commitmentId) + " changes");
            }
        }
        int acknowledged = acknowledgedPerCommitment.values().stream().mapToInt(Integer::intValue).sum();
        return new NotificationOutcome(changes.size(), acknowledged, missing, duplicates,
                delivered.values().stream().mapToInt(List::size).sum(), notNotified, twice, examples, notNotifiedIds);
    }

    public boolean eachOnce() {
        return lastChangesNotNotified == 0 && notifiedTwice == 0 && acknowledged == changes && eventsMissing == 0
                && duplicateEvents == 0;
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }
}
