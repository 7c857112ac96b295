package org.roadmap.platform.lifecycle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The process whose end ends this service: set by the launcher only ({@code -Droadmap.parent-watch.pid}).
 *
 * @param pid        the launcher's process id; without it nothing is watched
 * @param every      how often to check that it still runs
 * @param stopWithin how long a graceful stop may take once it is gone (its broker and database went with it,
 *                   so waiting on them longer is pointless); then the JVM halts
 */
@ConfigurationProperties("roadmap.parent-watch")
public record ParentWatchProperties(
        Long pid,
        @DefaultValue("1s") Duration every,
        @DefaultValue("10s") Duration stopWithin) {
}
