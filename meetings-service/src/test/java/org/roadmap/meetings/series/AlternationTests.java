package org.roadmap.meetings.series;

import org.roadmap.platform.aggregate.Change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.meetings.series.MeetingSeriesMother.LIMA;
import static org.roadmap.meetings.series.MeetingSeriesMother.TOKYO;
import static org.roadmap.meetings.series.MeetingSeriesMother.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The Political Dialogue Mechanism as seeded (no rule, biennial, venues alternating Tokyo, Lima):
 * staff set the 2027 meeting first, then the 2026 one.
 */
class AlternationTests {

    private static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");
    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2034-01-01T00:00:00Z");
    private static final String PDM = "political-dialogue-mechanism";

    @Test
    void anEarlierMeetingScheduledLaterTakesTheFirstTurnAndTheLaterOneWhoseVenueNobodyNamedMovesToTheNext() {
        MeetingSeries with2027 = write(dialogue(), s -> s.schedule(at("2027-10-12T10:00"), null, null, null, NOW, "mofa"));
        MeetingSeries with2026 = write(with2027, s -> s.schedule(at("2026-03-10T10:00"), null, null, null, NOW, "mre"));

        List<Occurrence> meetings = with2026.occurrencesBetween(FROM, TO);
        assertThat(meetings).extracting(Occurrence::venue).containsExactly(TOKYO, LIMA);
        assertThat(meetings.get(1).start()).isEqualTo(Instant.parse("2027-10-12T15:00:00Z"));
        assertThat(with2026.latestChanges()).extracting(Change::kind)
                .containsExactly("occurrence-scheduled", "occurrence-rescheduled");
        assertThat(with2026.latestChanges().get(1).after()).containsEntry("occurrenceId", PDM + "-d20271012")
                .containsEntry("venue", "Lima");
        assertThat(with2026.outOfTurn(TO)).isEmpty();
    }

    @Test
    void aNamedVenueKeepsItsPlaceAndIsFlaggedWhenAnEarlierMeetingNowHasTheSameHost() {
        MeetingSeries with2027 = write(dialogue(), s -> s.schedule(at("2027-10-12T10:00"), null, TOKYO, null, NOW, "mofa"));
        MeetingSeries with2026 = write(with2027, s -> s.schedule(at("2026-03-10T10:00"), null, null, null, NOW, "mre"));

        assertThat(with2026.occurrencesBetween(FROM, TO)).extracting(Occurrence::venue).containsExactly(TOKYO, TOKYO);
        assertThat(with2026.outOfTurn(TO)).containsOnlyKeys(PDM + "-d20271012");
        assertThat(with2026.outOfTurn(TO).get(PDM + "-d20271012").id()).isEqualTo(PDM + "-d20260310");
    }

    @Test
    void cancellingTheEarlierMeetingGivesTheTurnBack() {
        MeetingSeries with2027 = write(dialogue(), s -> s.schedule(at("2027-10-12T10:00"), null, null, null, NOW, "mofa"));
        MeetingSeries with2026 = write(with2027, s -> s.schedule(at("2026-03-10T10:00"), null, null, null, NOW, "mre"));

        MeetingSeries cancelled = write(with2026, s -> s.cancel(PDM + "-d20260310", "postponed", NOW, "mre"));

        assertThat(cancelled.occurrence(PDM + "-d20271012").orElseThrow().venue()).isEqualTo(TOKYO);
    }

    @Test
    void meetingsOfARuleTakeTheirTurnAfterTheMeetingsThatTakePlace() {
        MeetingSeries series = MeetingSeriesMother.created(MeetingSeriesMother.politicalDialogue());

        MeetingSeries cancelled = write(series, s -> s.cancel(PDM + "-3", "postponed", NOW, "mre"));

        // Tokyo 2025, Lima 2027, (2029 cancelled), Tokyo 2031: Lima hosted last
        assertThat(cancelled.occurrencesBetween(FROM, TO).stream().filter(o -> o.status().takesPlace()).toList())
                .extracting(Occurrence::venue).containsExactly(TOKYO, LIMA, TOKYO, LIMA);
    }

    private static MeetingSeries dialogue() {
        NewSeries seeded = new NewSeries(PDM, "jp-pe-2024-2033", "Japan-Peru Political Dialogue Mechanism",
                "Ministries of Foreign Affairs", null, List.of("I.2", "I.5"), "Asia/Tokyo", 240, null, null,
                new VenueRule(VenueRule.ALTERNATING, List.of(TOKYO, LIMA)),
                new CadenceRule(CadenceRule.BIENNIAL, LocalDate.of(2025, 1, 1), null));
        return MeetingSeries.create(MeetingSeriesMother.definitions().checked(seeded, null), NOW, "seed");
    }

    /** A write as the service makes it: the change, then the meetings whose venue goes by turn realigned. */
    private static MeetingSeries write(MeetingSeries series, java.util.function.UnaryOperator<MeetingSeries> change) {
        return Alternation.realigned(change.apply(series), NOW, "meetings-service");
    }
}
