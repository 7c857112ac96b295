package org.roadmap.meetings.series;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * As time passes, the meetings a recurrence plans come within the announcement horizon without
 * anyone writing the series: this announces them, hourly, one replica at a time by a MongoDB lease.
 */
@Component
class AnnouncementWatch {

    private static final Logger log = LoggerFactory.getLogger(AnnouncementWatch.class);

    private final MeetingSeriesManagement management;
    private final AllMeetingSeries all;
    private final DefaultLockingTaskExecutor lease;
    private final Clock clock;
    private final boolean enabled;

    AnnouncementWatch(MeetingSeriesManagement management, AllMeetingSeries all, LockProvider leases, Clock clock,
            @Value("${roadmap.meetings.announcement-watch:true}") boolean enabled) {
        this.management = management;
        this.all = all;
        this.lease = new DefaultLockingTaskExecutor(leases);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${roadmap.meetings.announcement-check:PT1H}")
    void scheduledCheck() {
        if (!enabled) {
            return;
        }
        lease.executeWithLock((Runnable) this::announce,
                new LockConfiguration(clock.instant(), "announcement-watch", Duration.ofMinutes(10), Duration.ofSeconds(5)));
    }

    /** Announces what has come within the horizon in every series that still recurs; returns how many series were written. */
    int announce() {
        int written = 0;
        for (MeetingSeries series : all.findByRuleNotNull()) {
            if (management.announcePlanned(series.id()).version() != series.version()) {
                written++;
            }
        }
        if (written > 0) {
            log.info("Announced planned meetings of {} series", written);
        }
        return written;
    }
}
