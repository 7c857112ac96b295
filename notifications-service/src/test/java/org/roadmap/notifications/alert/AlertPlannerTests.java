package org.roadmap.notifications.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.subscription.EventKind;
import org.roadmap.notifications.subscription.LeadTimes;

class AlertPlannerTests {

    private final AlertPlanner planner = new AlertPlanner(new DeliveryTimes(DeliveryTimesTests.properties()));
    private final Recipient tokyo = DeliveryTimesTests.recipient("Asia/Tokyo", null, null);

    @Test
    void plansThirtySevenAndOneDayAheadAndOverdueAtNineLocal() {
        List<Alert> alerts = planner.plan(deadline(LocalDate.of(2025, 11, 17)), tokyo, LeadTimes.DEFAULT,
                Instant.parse("2025-10-01T00:00:00Z"));

        assertThat(alerts).extracting(Alert::dueAt).containsExactly(Instant.parse("2025-10-18T00:00:00Z"),
                Instant.parse("2025-11-10T00:00:00Z"), Instant.parse("2025-11-16T00:00:00Z"),
                // overdue once the day is over in Lima (05:00Z on the 18th): the next 09:00 in Tokyo
                Instant.parse("2025-11-19T00:00:00Z"));
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.DEADLINE_AHEAD, AlertKind.DEADLINE_AHEAD,
                AlertKind.DEADLINE_AHEAD, AlertKind.DEADLINE_OVERDUE);
        assertThat(alerts.get(0).next()).isEqualTo(alerts.get(1).id());
    }

    @Test
    void samePlanTwiceGivesTheSameAlertIds() {
        Instant now = Instant.parse("2025-10-01T00:00:00Z");

        assertThat(planner.plan(deadline(LocalDate.of(2025, 11, 17)), tokyo, LeadTimes.DEFAULT, now))
                .extracting(Alert::id)
                .isEqualTo(planner.plan(deadline(LocalDate.of(2025, 11, 17)), tokyo, LeadTimes.DEFAULT, now)
                        .stream().map(Alert::id).toList());
    }

    @Test
    void aDeadlineSetFiveDaysAheadGetsTheSevenDayStepAtTheNextDeliveryTime() {
        List<Alert> alerts = planner.plan(deadline(LocalDate.of(2025, 11, 17)), tokyo, LeadTimes.DEFAULT,
                Instant.parse("2025-11-12T03:00:00Z"));

        assertThat(alerts).extracting(Alert::daysAhead).containsExactly(7, 1, 0);
        assertThat(alerts.get(0).dueAt()).isEqualTo(Instant.parse("2025-11-13T00:00:00Z"));
    }

    @Test
    void anImmediateRecipientGetsADeadlineMovedIntoThePastAsOneOverdueAlertDueNow() {
        Instant now = Instant.parse("2025-11-20T17:42:10Z");

        List<Alert> alerts = planner.plan(deadline(LocalDate.of(2025, 11, 17)),
                DeliveryTimesTests.immediate("Asia/Tokyo", null), LeadTimes.DEFAULT, now);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.DEADLINE_OVERDUE);
            assertThat(alert.dueAt()).isEqualTo(now);
        });
    }

    @Test
    void anImmediateRecipientGetsTheLatestPassedStepNowAndTheRestAsTheirDaysBegin() {
        Instant now = Instant.parse("2025-11-12T03:00:00Z");

        List<Alert> alerts = planner.plan(deadline(LocalDate.of(2025, 11, 17)),
                DeliveryTimesTests.immediate("Asia/Tokyo", null), LeadTimes.DEFAULT, now);

        assertThat(alerts).extracting(Alert::daysAhead).containsExactly(7, 1, 0);
        assertThat(alerts).extracting(Alert::dueAt).containsExactly(now, Instant.parse("2025-11-15T15:00:00Z"),
                // overdue as soon as the day is over in Lima
                Instant.parse("2025-11-18T05:00:00Z"));
    }

    @Test
    void aCompletedCommitmentHasNoAlerts() {
        Occasion done = new Occasion("deadline:c1", EventKind.DEADLINE, "jp-pe-2024-2033", "III", "III.1", "Report",
                "c1", null, List.of("c1"), List.of(), null, LocalDate.of(2025, 11, 17), null, null, null, null, null,
                false);

        assertThat(planner.plan(done, tokyo, LeadTimes.DEFAULT, Instant.parse("2025-10-01T00:00:00Z"))).isEmpty();
    }

    static Occasion deadline(LocalDate date) {
        return new Occasion("deadline:c1", EventKind.DEADLINE, "jp-pe-2024-2033", "III", "III.1",
                "Report on the cooperation framework within one year", "c1", null, List.of("c1"),
                List.of("Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Peru"), null, date,
                null, null, null, null, null, true);
    }
}
