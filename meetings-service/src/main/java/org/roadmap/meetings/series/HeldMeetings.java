package org.roadmap.meetings.series;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.RecordLog;
import org.springframework.stereotype.Component;

/**
 * The outcomes and minutes of held meetings, a record per meeting in {@code meeting_series_outcomes} (keyed
 * {@code <series id>:<meeting id>}), appended by the write that records the meeting as held, atomically with it
 * (ADR 9). A meeting is held once, so its record never changes. Reading the meetings of a page costs one read by
 * id, whatever the series has held before.
 */
@Component
public class HeldMeetings {

    /** The log's collection. */
    public static final String LOG = MeetingSeries.COLLECTION + "_outcomes";

    private final RecordLog<MeetingOutcomes> log;

    HeldMeetings(AppendedRecords appended) {
        this.log = appended.log(MeetingSeries.COLLECTION, LOG, MeetingOutcomes.class);
    }

    /** What the write that recorded {@code outcomes} appends. */
    static Appended appended(String seriesId, MeetingOutcomes outcomes) {
        return Appended.keyed(LOG, seriesId, outcomes.occurrenceId(), outcomes);
    }

    /** The outcomes of the meeting {@code o}; none unless it was held. */
    public MeetingOutcomes of(MeetingSeries s, Occurrence o) {
        return of(s, List.of(o)).getOrDefault(o.id(), MeetingOutcomes.none(o.id()));
    }

    /**
     * The outcomes of those of {@code meetings} that were held, by meeting id: the latest write's from the series'
     * document (a crash may have kept them from their log), the others from the log in one read.
     */
    public Map<String, MeetingOutcomes> of(MeetingSeries s, Collection<Occurrence> meetings) {
        Map<String, MeetingOutcomes> found = new LinkedHashMap<>();
        Set<String> held = meetings.stream().filter(o -> o.status() == OccurrenceStatus.HELD).map(Occurrence::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (held.isEmpty()) {
            return found;
        }
        s.recorded().stream().filter(r -> held.contains(r.occurrenceId()))
                .forEach(r -> found.put(r.occurrenceId(), r));
        List<String> rest = held.stream().filter(id -> !found.containsKey(id)).toList();
        if (!rest.isEmpty()) {
            log.byKeys(List.of(s.id()), rest).getOrDefault(s.id(), List.of())
                    .forEach(r -> found.put(r.occurrenceId(), r));
        }
        return found;
    }
}
