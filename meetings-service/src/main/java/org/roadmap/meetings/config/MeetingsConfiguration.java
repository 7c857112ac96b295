package org.roadmap.meetings.config;

import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.LogsOnStart;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

@Configuration
@EnableConfigurationProperties({MeetingsProperties.class, WatchProperties.class})
class MeetingsConfiguration {

    /**
     * Wall-clock times (a rule's DTSTART, an occurrence's RECURRENCE-ID) are stored by the driver's
     * own codecs, which do not depend on the server's default time zone.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }

    /**
     * Before the service serves or consumes anything: moves the history out of series documents the previous
     * version stored (whole history inside), and what a crash left in a document, to the series' logs. The
     * collection is named, not taken from MeetingSeries: the series package depends on this one.
     */
    @Bean
    LogsOnStart meetingSeriesLogs(MongoTemplate mongo, AppendedRecords appended) {
        return new LogsOnStart(mongo, appended, "meeting_series", (series, records, rewrite) -> {
        });
    }
}
