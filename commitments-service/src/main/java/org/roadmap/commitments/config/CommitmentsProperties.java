package org.roadmap.commitments.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param deadlineZone a deadline has passed once its day is over in every party's capital; of
 *                     Tokyo and Lima, Lima finishes a day last
 * @param seed         load the shipped road maps on first start
 * @param roadMapsReadAgain how long a replica lists the road maps it holds before it reads them again, to learn of
 *                     those another replica imported (one by its id is read at once)
 */
@ConfigurationProperties("roadmap.commitments")
public record CommitmentsProperties(@DefaultValue("America/Lima") ZoneId deadlineZone,
        @DefaultValue("true") boolean seed, @DefaultValue("5s") Duration roadMapsReadAgain) {
}
