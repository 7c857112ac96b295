package org.roadmap.platform.lifecycle;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Stops the service when the launcher that started it is gone ({@link ParentWatch}). Active only when the
 * launcher passes its pid: docker-compose and Kubernetes stop their containers themselves, and a service run on
 * its own has nothing to watch.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "roadmap.parent-watch", name = "pid")
@EnableConfigurationProperties(ParentWatchProperties.class)
public class ParentWatchConfiguration {

    @Bean(destroyMethod = "close")
    ParentWatch parentWatch(ParentWatchProperties properties) {
        return ParentWatch.start(properties.pid(), properties.every(), properties.stopWithin());
    }
}
