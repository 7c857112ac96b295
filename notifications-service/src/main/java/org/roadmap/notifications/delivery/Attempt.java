package org.roadmap.notifications.delivery;

import java.time.Instant;

/**
 * One try to hand a delivery to its channel.
 *
 * @param outcome e.g. {@code sent}, {@code http-500}, {@code timeout}, {@code circuit-open}, {@code smtp-error}
 */
public record Attempt(Instant at, boolean succeeded, String outcome) {
}
