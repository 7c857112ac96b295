package org.roadmap.commitments.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CommitmentsProperties.class)
class CommitmentsConfiguration {
}
