package org.roadmap.notifications.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.config.NotificationsProperties;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Language;
import org.roadmap.notifications.recipient.QuietHours;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientDetails;
import org.roadmap.notifications.recipient.RecipientManagement;

class DeliveryTimesTests {

    private final DeliveryTimes times = new DeliveryTimes(properties());

    @Test
    void deliversAtNineInTheMorningInTheRecipientsOwnZone() {
        assertThat(times.on(LocalDate.of(2025, 10, 18), recipient("Asia/Tokyo", null, null)))
                .isEqualTo(Instant.parse("2025-10-18T00:00:00Z"));
        assertThat(times.on(LocalDate.of(2025, 10, 18), recipient("America/Lima", null, null)))
                .isEqualTo(Instant.parse("2025-10-18T14:00:00Z"));
    }

    @Test
    void movesAnAlertDueInsideQuietHoursToTheirEnd() {
        Recipient nightOwl = recipient("America/Lima", new QuietHours("22:00", "07:30"), LocalTime.of(7, 45));

        assertThat(times.outsideQuietHours(Instant.parse("2025-10-18T04:00:00Z"), nightOwl))
                .isEqualTo(Instant.parse("2025-10-18T12:30:00Z"));
        assertThat(times.outsideQuietHours(Instant.parse("2025-10-18T13:00:00Z"), nightOwl))
                .isEqualTo(Instant.parse("2025-10-18T13:00:00Z"));
    }

    @Test
    void keepsTheLocalHourAcrossADaylightSavingChange() {
        Recipient madrid = recipient("Europe/Madrid", null, null);

        assertThat(times.on(LocalDate.of(2025, 10, 25), madrid)).isEqualTo(Instant.parse("2025-10-25T07:00:00Z"));
        assertThat(times.on(LocalDate.of(2025, 10, 27), madrid)).isEqualTo(Instant.parse("2025-10-27T08:00:00Z"));
    }

    @Test
    void aDeadlineHasPassedOnlyOnceItsDayIsOverInLima() {
        assertThat(times.endOf(LocalDate.of(2025, 11, 17))).isEqualTo(Instant.parse("2025-11-18T05:00:00Z"));
    }

    @Test
    void anImmediateRecipientsStepIsDueAsItsDayBeginsInTheirZone() {
        assertThat(times.on(LocalDate.of(2025, 10, 18), immediate("Asia/Tokyo", null)))
                .isEqualTo(Instant.parse("2025-10-17T15:00:00Z"));
        assertThat(times.on(LocalDate.of(2025, 10, 18), immediate("America/Lima", new QuietHours("22:00", "07:00"))))
                .isEqualTo(Instant.parse("2025-10-18T12:00:00Z"));
    }

    @Test
    void whatIsDueReachesAnImmediateRecipientAtOnceUnlessTheyAreInQuietHours() {
        Recipient lima = immediate("America/Lima", new QuietHours("22:00", "07:00"));

        assertThat(times.nextAtOrAfter(Instant.parse("2025-10-18T17:42:10Z"), lima))
                .isEqualTo(Instant.parse("2025-10-18T17:42:10Z"));
        assertThat(times.nextAtOrAfter(Instant.parse("2025-10-19T04:00:00Z"), lima))
                .isEqualTo(Instant.parse("2025-10-19T12:00:00Z"));
        assertThat(times.nextAtOrAfter(Instant.parse("2025-10-18T17:42:10Z"), recipient("America/Lima", null, null)))
                .isEqualTo(Instant.parse("2025-10-19T14:00:00Z"));
    }

    static NotificationsProperties properties() {
        return new NotificationsProperties(LocalTime.of(9, 0), ZoneId.of("America/Lima"),
                new NotificationsProperties.Scheduler(false, java.time.Duration.ofSeconds(1),
                        java.time.Duration.ofMinutes(2), java.time.Duration.ZERO, java.time.Duration.ZERO,
                        java.time.Duration.ofMinutes(15), 500),
                new NotificationsProperties.Webhooks(true, java.util.List.of(), java.time.Duration.ofSeconds(2), 3,
                        java.time.Duration.ofMillis(10)),
                new NotificationsProperties.Mail("test@localhost", true));
    }

    static Recipient recipient(String zone, QuietHours quiet, LocalTime deliveryTime) {
        return recipient(zone, quiet, deliveryTime, false);
    }

    /** Someone who wants alerts as soon as they are due. */
    static Recipient immediate(String zone, QuietHours quiet) {
        return recipient(zone, quiet, null, true);
    }

    private static Recipient recipient(String zone, QuietHours quiet, LocalTime deliveryTime, boolean immediate) {
        return RecipientManagement.newRecipient("r-" + zone, new RecipientDetails("Test", "t@example.org",
                "Ministry of Foreign Affairs of Peru", "PE", Language.ES, null, ZoneId.of(zone), quiet, deliveryTime,
                Set.of(Channel.EMAIL), null, false, immediate, List.of(), true, true), Instant.EPOCH);
    }
}
