/** The webhook channel: Standard Webhooks signatures, target checks, retries and a circuit breaker per endpoint. */
package org.roadmap.notifications.webhook;
