package org.roadmap.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP settings of a service ({@code roadmap.web}).
 *
 * @param maxRequestSize largest request body the service reads; a larger one gets a 413 problem before
 *                       it is parsed, whoever sent it (the gateway has limits of its own, but a request
 *                       may reach a service another way)
 */
@ConfigurationProperties("roadmap.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
}
