package org.roadmap.notifications.config;

import java.time.Duration;
import java.util.List;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications-service.
 *
 * @param deliveryTime default local hour at which alerts reach a recipient who has not chosen one
 * @param deadlineZone the zone in which a deadline day ends: a commitment is overdue once its due date has
 *                     passed there (the last party capital, Lima, as in commitments-service)
 * @param scheduler    the alert scheduler
 * @param webhooks     the webhook channel
 * @param mail         the e-mail channel
 */
@ConfigurationProperties("roadmap.notifications")
public record NotificationsProperties(
        @DefaultValue("09:00") LocalTime deliveryTime,
        @DefaultValue("America/Lima") ZoneId deadlineZone,
        @DefaultValue Scheduler scheduler,
        @DefaultValue Webhooks webhooks,
        @DefaultValue Mail mail) {

    /**
     * @param enabled      poll in the background; off only where a test calls the scheduler itself
     * @param pollInterval how often due alerts are looked for
     * @param lease        the firing loop's lease, kept alive while a round runs: how long a replica that
     *                     died mid-round keeps the others from firing
     * @param linger       how long the firing loop keeps its lease after a round for the next: planning wakes it for
     *                     each alert due at once, so under a stream of them it takes the lease once, not each round;
     *                     another replica woken meanwhile waits up to this long (the holder fires its alerts too)
     * @param pace         the least time between the starts of two rounds that planning woke: the alerts due at once
     *                     that it planned meanwhile fire in one round, which reads and writes each of the slices,
     *                     recipients, deliveries and inboxes involved once; such an alert waits at most this long
     * @param lateAfter    an alert fired later than this after its due time is marked late
     * @param batchSize    alerts loaded at once from one slice
     */
    public record Scheduler(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("15s") Duration pollInterval,
            @DefaultValue("10s") Duration lease,
            @DefaultValue("500ms") Duration linger,
            @DefaultValue("25ms") Duration pace,
            @DefaultValue("15m") Duration lateAfter,
            @DefaultValue("500") int batchSize) {
    }

    /**
     * @param allowPrivateTargets accept webhook URLs that resolve to loopback, link-local or private addresses
     *                            (tests and closed networks only)
     * @param allowedNetworks     private networks webhooks may target nonetheless, in CIDR notation, e.g. a
     *                            ministry's integration hosts {@code 10.20.0.0/16}; none by default
     * @param timeout             connect and response timeout of one attempt
     * @param maxAttempts         attempts per delivery, the first included
     * @param initialBackoff      wait before the second attempt; doubled for each further one, with jitter
     */
    public record Webhooks(
            @DefaultValue("false") boolean allowPrivateTargets,
            List<String> allowedNetworks,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("4") int maxAttempts,
            @DefaultValue("500ms") Duration initialBackoff) {

        public Webhooks {
            allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
        }
    }

    /**
     * @param from      the sender address of alert e-mails
     * @param enabled   send e-mails at all (off where no SMTP server exists: deliveries then fail visibly)
     */
    public record Mail(
            @DefaultValue("Road Map Secretariat <roadmap-notifications@localhost>") String from,
            @DefaultValue("true") boolean enabled) {
    }
}
