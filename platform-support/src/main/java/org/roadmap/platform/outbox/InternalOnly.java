package org.roadmap.platform.outbox;

/**
 * An event for the platform's services only: {@link OutboxWriter} stores it for its topic but not for
 * the topic's public copy that integrators read ({@link org.roadmap.events.Topics#publicCopy}), e.g. an
 * event about a restricted commitment.
 */
public record InternalOnly(Object event) {
}
