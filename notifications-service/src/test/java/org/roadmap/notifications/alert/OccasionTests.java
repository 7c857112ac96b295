package org.roadmap.notifications.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.subscription.EventKind;

/** What a delivery and its inbox item link to: the dashboard opens {@code #/commitments/<aboutId>}. */
class OccasionTests {

    @Test
    void aDeadlineOfACommitmentServedByAMeetingSeriesIsAboutTheCommitment() {
        Occasion deadline = new Occasion("deadline:c-1", EventKind.DEADLINE, "rm", "I", "I.3", "Exchanges", "c-1", null,
                List.of("c-1"), List.of(), "parliamentary-friendship-leagues", LocalDate.of(2026, 3, 31), null, null, null,
                null, null, true);

        assertThat(deadline.aboutId()).isEqualTo("c-1");
    }

    @Test
    void aMeetingIsAboutItsSeries() {
        Occasion meeting = new Occasion("meeting:m-1", EventKind.MEETING, "rm", null, null, "Dialogue", null, null,
                List.of("c-1"), List.of(), "political-dialogue-mechanism", null, Instant.parse("2027-05-10T01:00:00Z"),
                Instant.parse("2027-05-10T03:00:00Z"), "Lima", "America/Lima", null, true);

        assertThat(meeting.aboutId()).isEqualTo("political-dialogue-mechanism");
    }
}
