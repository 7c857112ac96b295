package org.roadmap.meetings.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of meetings-service; those of its background watches are {@link WatchProperties}.
 *
 * @param parties           the parties of the road map: where meetings may take place, and whose times every answer shows
 * @param roadMapEnd        the last day cadence periods run to unless a series says otherwise
 * @param closingWindow     a period without a meeting held is at risk this long before it ends
 * @param noDateLeadTime    a period without a date is at risk this long before it starts
 * @param feedRefresh       REFRESH-INTERVAL of the calendar feeds (RFC 7986)
 * @param calendarDomain    right-hand side of the feeds' UIDs
 * @param seed              load the shipped meeting series on first start
 * @param announceAhead     meetings a recurrence plans are announced to the other services this long before they
 *                          start: longer than the longest reminder lead time (365 days)
 * @param feedCache         how much the kept renderings of calendar feeds may hold together (a character of a
 *                          feed counted as a byte)
 */
@ConfigurationProperties("roadmap.meetings")
public record MeetingsProperties(
        List<Party> parties,
        @DefaultValue("2033-12-31") LocalDate roadMapEnd,
        @DefaultValue("90d") Duration closingWindow,
        @DefaultValue("180d") Duration noDateLeadTime,
        @DefaultValue("12h") Duration feedRefresh,
        @DefaultValue("meetings.roadmap.local") String calendarDomain,
        @DefaultValue("true") boolean seed,
        @DefaultValue("400d") Duration announceAhead,
        @DefaultValue("16MB") DataSize feedCache) {

    /** A party of the road map, e.g. Japan: {@code JP}, capital Tokyo, {@code Asia/Tokyo}. */
    public record Party(String country, String name, String capital, String timeZone) {
    }

    public MeetingsProperties {
        parties = parties == null || parties.isEmpty()
                ? List.of(new Party("JP", "Japan", "Tokyo", "Asia/Tokyo"), new Party("PE", "Peru", "Lima", "America/Lima"))
                : List.copyOf(parties);
        roadMapEnd = roadMapEnd == null ? LocalDate.of(2033, 12, 31) : roadMapEnd;
        closingWindow = closingWindow == null ? Duration.ofDays(90) : closingWindow;
        noDateLeadTime = noDateLeadTime == null ? Duration.ofDays(180) : noDateLeadTime;
        feedRefresh = feedRefresh == null ? Duration.ofHours(12) : feedRefresh;
        calendarDomain = calendarDomain == null ? "meetings.roadmap.local" : calendarDomain;
        announceAhead = announceAhead == null ? Duration.ofDays(400) : announceAhead;
        feedCache = feedCache == null ? DataSize.ofMegabytes(16) : feedCache;
    }
}
