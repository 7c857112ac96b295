package org.roadmap.meetings.cadence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.MeetingSeriesManagement;
import org.roadmap.meetings.series.PeriodAtRisk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at every series' cadence periods and publishes {@code CadencePeriodAtRisk} once per period
 * and reason (the series remembers what it reported, in the same write as the event). One replica
 * at a time, by a MongoDB lease.
 */
@Component
public class CadenceWatch {

    private static final Logger log = LoggerFactory.getLogger(CadenceWatch.class);

    private final MeetingSeriesManagement series;
    private final CadenceCompliance compliance;
    private final DefaultLockingTaskExecutor lease;
    private final Clock clock;

    private final boolean enabled;

    CadenceWatch(MeetingSeriesManagement series, CadenceCompliance compliance, LockProvider leases, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${roadmap.meetings.cadence-watch:true}") boolean enabled) {
        this.enabled = enabled;
        this.series = series;
        this.compliance = compliance;
        this.lease = new DefaultLockingTaskExecutor(leases);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${roadmap.meetings.cadence-check:PT1H}")
    void scheduledCheck() {
        if (!enabled) {
            return;
        }
        lease.executeWithLock((Runnable) () -> check(clock.instant()),
                new LockConfiguration(clock.instant(), "cadence-watch", Duration.ofMinutes(10), Duration.ofSeconds(5)));
    }

    /** Reports the periods at risk at {@code now}; returns how many were newly reported. */
    public int check(Instant now) {
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
                series.reportAtRisk(s.id(), atRisk);
                reported++;
            }
        }
        if (reported > 0) {
            log.info("Reported {} cadence periods at risk", reported);
        }
        return reported;
    }
}
