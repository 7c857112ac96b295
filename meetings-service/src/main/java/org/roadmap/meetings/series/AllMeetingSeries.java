package org.roadmap.meetings.series;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The stored meeting series; queries only, writes go through {@link MeetingSeriesManagement}. */
interface AllMeetingSeries extends Repository<MeetingSeries, String> {

    Optional<MeetingSeries> findById(String id);

    List<MeetingSeries> findAllByOrderByIdAsc();

    List<MeetingSeries> findByRoadMapIdOrderByIdAsc(String roadMapId);

    List<MeetingSeries> findByCommitmentsContainingOrderByIdAsc(String reference);

    /** Series that still recur (a series whose rule was removed plans nothing more). */
    List<MeetingSeries> findByRuleNotNull();
}
