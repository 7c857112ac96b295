package org.roadmap.platform.work;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Leased background work, with its leases in the service's own database. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
public class WorkConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LeasedWork leasedWork(MongoTemplate mongo, MeterRegistry meters) {
        return new LeasedWork(mongo.getDb(), meters);
    }
}
