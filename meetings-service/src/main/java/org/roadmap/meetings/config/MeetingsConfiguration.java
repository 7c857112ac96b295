package org.roadmap.meetings.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
}
