package org.roadmap.platform.storage;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** Bounded waits for MongoDB ({@link StorageProperties}); an outage then reaches the web layer as a 503. */
@AutoConfiguration
@ConditionalOnClass(MongoClientSettings.class)
@EnableConfigurationProperties(StorageProperties.class)
public class StorageConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer boundedStorageWaits(StorageProperties storage) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        storage.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) storage.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) storage.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
