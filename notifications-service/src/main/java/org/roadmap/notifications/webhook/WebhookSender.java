package org.roadmap.notifications.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.roadmap.events.EventJson;
import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.config.NotificationsProperties;
import org.roadmap.notifications.delivery.Attempt;
import org.roadmap.notifications.delivery.ChannelSender;
import org.roadmap.notifications.delivery.Outcome;
import org.roadmap.notifications.message.Message;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Recipient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The webhook channel: a signed POST (Standard Webhooks: {@code webhook-id} = the delivery's
 * idempotency key, the same on every retry; {@code webhook-timestamp}; {@code webhook-signature}),
 * retried with exponential backoff and jitter on timeouts, I/O errors, 408, 429 and 5xx (Resilience4j
 * Retry), through a circuit breaker per endpoint, so an endpoint that keeps failing is not called
 * for a while and its deliveries fail at once, visibly. Redirects are not followed, and the target
 * is checked again before each delivery (DNS answers change).
 */
@Component
class WebhookSender implements ChannelSender {

    private final WebhookTargets targets;
    private final NotificationsProperties.Webhooks settings;
    private final CircuitBreakerRegistry breakers;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookTargets targets, NotificationsProperties properties,
            ObjectProvider<CircuitBreakerRegistry> breakers, Clock clock) {
        this.targets = targets;
        this.settings = properties.webhooks();
        this.breakers = breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Outcome send(String deliveryId, Alert alert, Recipient recipient, Message message) {
        return deliver(deliveryId, recipient,
                () -> EventJson.write(WebhookPayload.of(deliveryId, alert, recipient, message, clock.instant())));
    }

    @Override
    public Outcome sendDigest(String deliveryId, List<Alert> alerts, Recipient recipient, Message message) {
        return deliver(deliveryId, recipient,
                () -> EventJson.write(WebhookPayload.digest(deliveryId, alerts, recipient, message, clock.instant())));
    }

    private Outcome deliver(String deliveryId, Recipient recipient, java.util.function.Supplier<String> payload) {
        List<Attempt> attempts = new ArrayList<>();
        if (recipient.webhook() == null) {
            return Outcome.failed(List.of(new Attempt(clock.instant(), false, "no-endpoint")), "no-endpoint");
        }
        URI target;
        try {
            target = targets.check(recipient.webhook().url());
        } catch (WebhookTargets.RefusedTargetException e) {
            return Outcome.failed(List.of(new Attempt(clock.instant(), false, "target-refused")), "target-refused");
        }
        String body = payload.get();
        CircuitBreaker breaker = breaker(recipient.id());
        Retry retry = Retry.of("webhook-" + deliveryId, RetryConfig.<Integer>custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5))
                .retryOnResult(WebhookSender::retryable)
                .retryOnException(e -> e instanceof IOException || e instanceof RetryableStatus)
                .failAfterMaxAttempts(false)
                .build());
        try {
            int status = Retry.decorateCheckedSupplier(retry,
                    () -> CircuitBreaker.decorateCheckedSupplier(breaker,
                            () -> post(target, deliveryId, recipient.webhook().secret(), body, attempts)).get()).get();
            if (status >= 200 && status < 300) {
                return new Outcome(true, attempts, null);
            }
            return Outcome.failed(attempts, "webhook-http-" + status);
        } catch (CallNotPermittedException open) {
            attempts.add(new Attempt(clock.instant(), false, "circuit-open"));
            return Outcome.failed(attempts, "circuit-open");
        } catch (RetryableStatus e) {
            return Outcome.failed(attempts, "webhook-http-" + e.status);
        } catch (HttpTimeoutException e) {
            return Outcome.failed(attempts, "webhook-timeout");
        } catch (Throwable e) {
            return Outcome.failed(attempts, "webhook-unreachable");
        }
    }

    private int post(URI target, String id, String secret, String body, List<Attempt> attempts) throws IOException,
            InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "RoadMap-Notifications/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            attempts.add(new Attempt(clock.instant(), false, "timeout"));
            throw e;
        } catch (IOException e) {
            attempts.add(new Attempt(clock.instant(), false, "io-error"));
            throw e;
        }
        attempts.add(new Attempt(clock.instant(), status >= 200 && status < 300, "http-" + status));
        if (status >= 500) {
            throw new RetryableStatus(status);
        }
        return status;
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 429;
    }

    private CircuitBreaker breaker(String recipientId) {
        return breakers.circuitBreaker("webhook-" + recipientId, () -> CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(java.time.Duration.ofMinutes(1))
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof IOException || e instanceof RetryableStatus)
                .build());
    }

    /** A 5xx answer: the server failed; worth another attempt, and counted by the circuit breaker. */
    static final class RetryableStatus extends IOException {

        final int status;

        RetryableStatus(int status) {
            super("HTTP " + status);
            this.status = status;
        }
    }
}
