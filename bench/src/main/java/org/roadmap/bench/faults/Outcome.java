package org.roadmap.bench.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roadmap.events.EventJson;

import tools.jackson.databind.JsonNode;

/**
 * What became of a run's writes, counted against the store (each commitment's progress timeline)
 * and the event log: lost, doubled, without an event, or with two events are all faults.
 */
public record Outcome(int writes, int acknowledged, int refused, int stored, int lost, int doubled, int events,
        int eventsMissing, int duplicateEvents, int redeliveredRecords, int eventsWithoutWrite, List<String> examples) {

    static final String PROGRESS_REPORTED = "org.roadmap.commitment.progress-reported.v1";

    static Outcome of(String run, List<Write> writes, Map<String, Integer> storedCount, List<EventLog.Event> log) {
        String prefix = "Fault run " + run + ",";
        Map<String, Set<String>> eventIdsBySummary = new HashMap<>();
        int records = 0;
        for (EventLog.Event event : log) {
            if (!PROGRESS_REPORTED.equals(event.type())) {
                continue;
            }
            JsonNode data = EventJson.tree(event.data());
            String summary = data.path("summary").asString("");
            if (summary.startsWith(prefix)) {
                records++;
                eventIdsBySummary.computeIfAbsent(summary, s -> new HashSet<>()).add(event.id());
            }
        }
        List<String> examples = new ArrayList<>();
        int acknowledged = 0, refused = 0, stored = 0, lost = 0, doubled = 0, missing = 0, duplicates = 0;
        Set<String> known = new HashSet<>();
        for (Write write : writes) {
            known.add(write.summary());
            int inStore = storedCount.getOrDefault(write.summary(), 0);
            int eventIds = eventIdsBySummary.getOrDefault(write.summary(), Set.of()).size();
            acknowledged += write.acknowledged() ? 1 : 0;
            if (write.refusal() != null) {
                refused++;
                note(examples, write.summary() + " refused: " + write.refusal());
            }
            stored += inStore > 0 ? 1 : 0;
            if (write.acknowledged() && inStore == 0) {
                lost++;
                note(examples, write.summary() + " was acknowledged but is not in the store");
            }
            if (inStore > 1) {
                doubled++;
                note(examples, write.summary() + " is in the store " + inStore + " times");
            }
            if (inStore > 0 && eventIds == 0) {
                missing++;
                note(examples, write.summary() + " is stored but has no event");
            }
            if (eventIds > 1) {
                duplicates++;
                note(examples, write.summary() + " has " + eventIds + " different events");
            }
        }
        int distinctEvents = eventIdsBySummary.values().stream().mapToInt(Set::size).sum();
        int orphans = (int) eventIdsBySummary.keySet().stream()
                .filter(summary -> !known.contains(summary) || storedCount.getOrDefault(summary, 0) == 0).count();
        return new Outcome(writes.size(), acknowledged, refused, stored, lost, doubled, distinctEvents, missing, duplicates,
                records - distinctEvents, orphans, examples);
    }

    public boolean nothingLostOrDoubled() {
        return refused == 0 && lost == 0 && doubled == 0 && eventsMissing == 0 && duplicateEvents == 0
                && eventsWithoutWrite == 0;
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }
}
