package org.roadmap.meetings.series;

import java.time.Duration;

import org.roadmap.meetings.config.WatchProperties;
import org.roadmap.platform.work.Lease;
import org.roadmap.platform.work.LeasedWork;
import org.roadmap.platform.work.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * As time passes, the meetings a recurrence plans come within the announcement horizon without
 * anyone writing the series: this announces them, hourly, as leased work one replica at a time runs.
 */
@Component
class AnnouncementWatch {

    private static final Logger log = LoggerFactory.getLogger(AnnouncementWatch.class);
    /** Lets the service start and its consumers catch up before the first look. */
    private static final Duration FIRST_AFTER = Duration.ofSeconds(20);

    private final MeetingSeriesManagement management;
    private final AllMeetingSeries all;

    AnnouncementWatch(MeetingSeriesManagement management, AllMeetingSeries all, LeasedWork work,
            WatchProperties properties) {
        this.management = management;
        this.all = all;
        work.loop("announcement-watch", Schedule.every(properties.announcementCheck(), properties.watchLease())
                .startingAfter(FIRST_AFTER).onlyIf(properties.announcementWatch()), this::announce);
    }

    /** Announces what has come within the horizon in every series that still recurs; returns how many series were written. */
    private int announce(Lease lease) {
        int written = 0;
        for (MeetingSeries series : all.findByRuleNotNull()) {
            lease.renew();
            if (management.announcePlanned(series).version() != series.version()) {
                written++;
            }
        }
        if (written > 0) {
            log.info("Announced planned meetings of {} series", written);
        }
        return written;
    }
}
