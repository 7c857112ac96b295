package org.roadmap.notifications.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.roadmap.notifications.config.NotificationsProperties;
import org.roadmap.notifications.recipient.Recipient;
import org.springframework.stereotype.Component;

/**
 * When alerts reach a recipient: at their delivery time (default 09:00) in their own zone, on
 * the day a step falls on, and never inside their quiet hours. An immediate recipient has no
 * delivery time: a step is due as its day begins in their zone, and what is due comes at once.
 */
@Component
public class DeliveryTimes {

    private final LocalTime defaultTime;
    private final ZoneId deadlineZone;

    public DeliveryTimes(NotificationsProperties properties) {
        this.defaultTime = properties.deliveryTime();
        this.deadlineZone = properties.deadlineZone();
    }

    /**
     * The delivery time on {@code date} in the recipient's zone (across a DST gap, the instant after it); for an
     * immediate recipient the start of that date there.
     */
    public Instant on(LocalDate date, Recipient recipient) {
        ZonedDateTime at = recipient.immediate() ? date.atStartOfDay(recipient.zone())
                : ZonedDateTime.of(date, recipient.deliveryTimeOr(defaultTime), recipient.zone());
        return outsideQuietHours(at.toInstant(), recipient);
    }

    /** The first delivery time at or after {@code instant}; for an immediate recipient the instant itself. */
    public Instant nextAtOrAfter(Instant instant, Recipient recipient) {
        if (recipient.immediate()) {
            return outsideQuietHours(instant, recipient);
        }
        LocalDate day = instant.atZone(recipient.zone()).toLocalDate();
        Instant candidate = on(day, recipient);
        return candidate.isBefore(instant) ? on(day.plusDays(1), recipient) : candidate;
    }

    /** {@code instant}, or the end of the quiet hours it falls in. */
    public Instant outsideQuietHours(Instant instant, Recipient recipient) {
        ZonedDateTime local = instant.atZone(recipient.zone());
        if (!recipient.quietAt(local.toLocalTime())) {
            return instant;
        }
        LocalTime end = recipient.quietHours().end();
        ZonedDateTime sameDay = ZonedDateTime.of(local.toLocalDate(), end, recipient.zone());
        return (sameDay.isAfter(local) ? sameDay : ZonedDateTime.of(local.toLocalDate().plusDays(1), end,
                recipient.zone())).toInstant();
    }

    /** When a date has passed everywhere that counts: the end of that day in the deadline zone (Lima). */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(deadlineZone).toInstant();
    }
}
