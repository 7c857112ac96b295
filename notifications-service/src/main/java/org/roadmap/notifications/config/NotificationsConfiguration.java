package org.roadmap.notifications.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link NotificationsProperties}. */
@Configuration
@EnableConfigurationProperties(NotificationsProperties.class)
class NotificationsConfiguration {
}
