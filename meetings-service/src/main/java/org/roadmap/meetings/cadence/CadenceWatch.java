package org.roadmap.meetings.cadence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.roadmap.meetings.config.WatchProperties;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.MeetingSeriesManagement;
import org.roadmap.meetings.series.PeriodAtRisk;
import org.roadmap.platform.work.Lease;
import org.roadmap.platform.work.LeasedLoop;
import org.roadmap.platform.work.LeasedWork;
import org.roadmap.platform.work.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks at every series' cadence periods and publishes {@code CadencePeriodAtRisk} once per period
 * and reason (the series remembers what it reported, in the same write as the event). Leased work:
 * one replica at a time checks.
 */
@Component
public class CadenceWatch {

    private static final Logger log = LoggerFactory.getLogger(CadenceWatch.class);
    /** Lets the service start and its consumers catch up before the first look. */
    private static final Duration FIRST_AFTER = Duration.ofSeconds(30);

    private final MeetingSeriesManagement series;
    private final CadenceCompliance compliance;
    private final LeasedLoop loop;

    CadenceWatch(MeetingSeriesManagement series, CadenceCompliance compliance, LeasedWork work, Clock clock,
            WatchProperties properties) {
        this.series = series;
        this.compliance = compliance;
        this.loop = work.loop("cadence-watch", Schedule.every(properties.cadenceCheck(), properties.watchLease())
                .startingAfter(FIRST_AFTER).onlyIf(properties.cadenceWatch()), lease -> check(clock.instant(), lease));
    }

    /** Reports the periods at risk at {@code now}; returns how many were newly reported (0 while another replica checks). */
    public int check(Instant now) {
        return loop.runOnce(lease -> check(now, lease)).orElse(0);
    }

    private int check(Instant now, Lease lease) {
        int reported = 0;
        for (MeetingSeries s : series.list(null, null)) {
            for (PeriodStatus period : compliance.periods(s, now)) {
                if (period.atRisk() == null) {
                    continue;
                }
                PeriodAtRisk atRisk = new PeriodAtRisk(period.start(), period.end(), period.atRisk());
                if (s.alerts().contains(atRisk.key())) {
                    continue;
                }
                lease.renew();
                series.reportAtRisk(s, atRisk);
                reported++;
            }
        }
        if (reported > 0) {
            log.info("Reported {} cadence periods at risk", reported);
        }
        return reported;
    }
}
