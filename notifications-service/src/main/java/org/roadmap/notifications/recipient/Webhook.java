package org.roadmap.notifications.recipient;

/**
 * A recipient's webhook endpoint.
 *
 * @param url    where alerts are POSTed, checked against private and loopback targets
 * @param secret the endpoint's signing secret, {@code whsec_} followed by base64; shown once, when set
 */
public record Webhook(String url, String secret) {
}
