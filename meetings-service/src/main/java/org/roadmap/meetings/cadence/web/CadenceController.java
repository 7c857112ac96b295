package org.roadmap.meetings.cadence.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.roadmap.meetings.cadence.CadenceCompliance;
import org.roadmap.meetings.cadence.PeriodStatus;
import org.roadmap.meetings.series.MeetingSeriesManagement;
import org.roadmap.meetings.series.SeriesAccess;
import org.roadmap.meetings.series.SeriesNotFoundException;
import org.roadmap.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whether each cadence period of a series has its meeting, and every period at risk across series. */
@RestController
class CadenceController {

    private final MeetingSeriesManagement series;
    private final SeriesAccess access;
    private final CadenceCompliance compliance;
    private final Clock clock;

    CadenceController(MeetingSeriesManagement series, SeriesAccess access, CadenceCompliance compliance, Clock clock) {
        this.series = series;
        this.access = access;
        this.compliance = compliance;
        this.clock = clock;
    }

    @GetMapping("/api/v1/meeting-series/{id}/cadence")
    List<PeriodStatus> cadence(@PathVariable String id, Caller caller) {
        return compliance.periods(access.requireVisible(caller,
                series.find(id).orElseThrow(() -> new SeriesNotFoundException(id))), clock.instant());
    }

    /** Periods, of every series, that are at risk today: no date set yet, or closing without a meeting held. */
    @GetMapping("/api/v1/meetings/periods-at-risk")
    List<PeriodStatus> atRisk(Caller caller) {
        Instant now = clock.instant();
        return access.visibleOf(caller, series.list(null, null), null).stream().flatMap(s -> compliance.periods(s, now).stream())
                .filter(p -> p.atRisk() != null).toList();
    }
}
