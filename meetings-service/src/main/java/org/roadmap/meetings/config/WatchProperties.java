package org.roadmap.meetings.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background watches of meetings-service, leased work that one replica at a time runs. Bound under
 * {@code roadmap.meetings} beside {@link MeetingsProperties}, so their settings keep the names they had.
 *
 * @param cadenceWatch      report cadence periods at risk in the background
 * @param cadenceCheck      how often the cadence watch looks at every series
 * @param announcementWatch announce, in the background, planned meetings that have come within the horizon
 * @param announcementCheck how often the announcement watch looks at every series that recurs
 * @param watchLease        a watch's lease, kept alive while a round runs: how long a replica that died
 *                          mid-round keeps the others from the watch
 */
@ConfigurationProperties("roadmap.meetings")
public record WatchProperties(
        @DefaultValue("true") boolean cadenceWatch,
        @DefaultValue("1h") Duration cadenceCheck,
        @DefaultValue("true") boolean announcementWatch,
        @DefaultValue("1h") Duration announcementCheck,
        @DefaultValue("30s") Duration watchLease) {
}
