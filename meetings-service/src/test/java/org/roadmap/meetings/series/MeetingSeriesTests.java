package org.roadmap.meetings.series;

import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.TransitionRefusedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roadmap.meetings.series.MeetingSeriesMother.LIMA;
import static org.roadmap.meetings.series.MeetingSeriesMother.TOKYO;
import static org.roadmap.meetings.series.MeetingSeriesMother.at;
import static org.roadmap.meetings.series.MeetingSeriesMother.created;
import static org.roadmap.meetings.series.MeetingSeriesMother.inTokyo;
import static org.roadmap.meetings.series.MeetingSeriesMother.miningEnergyInvestmentMeeting;
import static org.roadmap.meetings.series.MeetingSeriesMother.politicalDialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MeetingSeriesTests {

    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2034-01-01T00:00:00Z");
    private static final Instant MID_2026 = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void expandsTheBiennialDialogueAlternatingTokyoAndLimaAtTenAtTheVenue() {
        List<Occurrence> meetings = created(politicalDialogue()).occurrencesBetween(FROM, TO);

        assertThat(meetings).extracting(Occurrence::id).containsExactly("political-dialogue-mechanism-1",
                "political-dialogue-mechanism-2", "political-dialogue-mechanism-3", "political-dialogue-mechanism-4",
                "political-dialogue-mechanism-5");
        assertThat(meetings).extracting(Occurrence::venue).containsExactly(TOKYO, LIMA, TOKYO, LIMA, TOKYO);
        assertThat(meetings.get(0).start()).isEqualTo(Instant.parse("2025-09-16T01:00:00Z"));
        assertThat(meetings.get(1).start()).isEqualTo(Instant.parse("2027-09-16T15:00:00Z"));
        assertThat(meetings.get(1).end()).isEqualTo(Instant.parse("2027-09-16T19:00:00Z"));
        assertThat(meetings).allMatch(m -> m.status() == OccurrenceStatus.PLANNED);
    }

    @Test
    void showsTenInLimaAsMidnightTheNextDayInTokyo() {
        Occurrence lima = created(politicalDialogue()).occurrence("political-dialogue-mechanism-2").orElseThrow();

        LocalTimes tokyo = LocalTimes.of(lima.start(), lima.end(), ZoneId.of("Asia/Tokyo"), lima.venue().zone());

        assertThat(tokyo.start()).hasToString("2027-09-17T00:00+09:00");
        assertThat(tokyo.dayOffset()).isEqualTo(1);
    }

    @Test
    void movesOneOccurrenceWithoutBreakingTheSeries() {
        MeetingSeries series = created(politicalDialogue());

        MeetingSeries moved = series.move("political-dialogue-mechanism-2", at("2027-10-19T10:00"), null, null, false,
                MID_2026, "mre");

        List<Occurrence> meetings = moved.occurrencesBetween(FROM, TO);
        assertThat(meetings).hasSize(5);
        assertThat(meetings.get(1).start()).isEqualTo(Instant.parse("2027-10-19T15:00:00Z"));
        assertThat(meetings.get(1).sequence()).isEqualTo(1);
        assertThat(meetings.get(2).start()).isEqualTo(Instant.parse("2029-09-16T01:00:00Z"));
        assertThat(moved.version()).isEqualTo(2);
        assertThat(moved.latestChanges()).extracting(Change::kind).containsExactly("occurrence-rescheduled");
    }

    @Test
    void cancelsOneOccurrenceAndKeepsTheOthers() {
        MeetingSeries cancelled = created(politicalDialogue()).cancel("political-dialogue-mechanism-3", "elections",
                MID_2026, "mofa");

        assertThat(cancelled.occurrencesBetween(FROM, TO)).extracting(Occurrence::status).containsExactly(
                OccurrenceStatus.PLANNED, OccurrenceStatus.PLANNED, OccurrenceStatus.CANCELLED, OccurrenceStatus.PLANNED,
                OccurrenceStatus.PLANNED);
        assertThatThrownBy(() -> cancelled.hold("political-dialogue-mechanism-3", null, List.of(), null, null, TO, "mofa"))
                .isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void movesThisAndAllLaterOnesKeepingTheAlternation() {
        MeetingSeries series = created(politicalDialogue()).cancel("political-dialogue-mechanism-4", "tbc", MID_2026, "x");

        MeetingSeries moved = series.move("political-dialogue-mechanism-2", at("2027-11-09T14:00"), null, null, true,
                MID_2026, "mre");

        List<Occurrence> meetings = moved.occurrencesBetween(FROM, TO);
        assertThat(meetings).extracting(Occurrence::id).containsExactly("political-dialogue-mechanism-1",
                "political-dialogue-mechanism-2", "political-dialogue-mechanism-3", "political-dialogue-mechanism-4",
                "political-dialogue-mechanism-5");
        assertThat(meetings.get(0).start()).isEqualTo(Instant.parse("2025-09-16T01:00:00Z"));
        assertThat(meetings.get(1).start()).isEqualTo(Instant.parse("2027-11-09T19:00:00Z"));
        assertThat(meetings.get(2).start()).isEqualTo(Instant.parse("2029-11-09T05:00:00Z"));
        assertThat(meetings.get(2).venue()).isEqualTo(TOKYO);
        assertThat(meetings.get(3).status()).isEqualTo(OccurrenceStatus.CANCELLED);
        assertThat(moved.recurrences()).hasSize(2);
        assertThat(moved.rule()).isEqualTo("FREQ=YEARLY;INTERVAL=2");
    }

    @Test
    void movesThisAndLaterToTheDateAskedForWhenTheRuleNamesMonthAndDay() {
        MeetingSeries series = created(miningEnergyInvestmentMeeting());

        MeetingSeries moved = series.move("mining-energy-investment-meeting-4", at("2030-09-20T14:00"), null, null, true,
                MID_2026, "embassy");

        List<Occurrence> meetings = moved.occurrencesBetween(FROM, TO);
        assertThat(meetings).extracting(Occurrence::start).startsWith(Instant.parse("2027-10-15T05:00:00Z"),
                Instant.parse("2028-10-15T05:00:00Z"), Instant.parse("2029-10-15T05:00:00Z"),
                Instant.parse("2030-09-20T05:00:00Z"), Instant.parse("2031-09-20T05:00:00Z"),
                Instant.parse("2032-09-20T05:00:00Z"));
        assertThat(moved.rule()).isEqualTo("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20");
        assertThat(moved.recurrences()).last().extracting(Recurrence::rule).isEqualTo(moved.rule());
        Change changed = moved.latestChanges().get(0);
        assertThat(changed.before()).containsEntry("rule", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15");
        assertThat(changed.after()).containsEntry("rule", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20");
    }

    @Test
    void movesThisAndLaterToTheWeekdayAndItsPlaceInTheMonthAskedFor() {
        MeetingSeries series = created(inTokyo("embassy-coordination", "FREQ=MONTHLY;BYDAY=3TU;COUNT=12",
                "2027-01-19T10:00"));

        MeetingSeries moved = series.move("embassy-coordination-4", at("2027-04-28T10:00"), null, null, true, MID_2026,
                "embassy");

        assertThat(moved.occurrencesBetween(FROM, TO)).extracting(Occurrence::start).hasSize(12).containsSequence(
                Instant.parse("2027-03-16T01:00:00Z"), Instant.parse("2027-04-28T01:00:00Z"),
                Instant.parse("2027-05-26T01:00:00Z"), Instant.parse("2027-06-23T01:00:00Z"));
        assertThat(moved.rule()).isEqualTo("FREQ=MONTHLY;BYDAY=4WE;COUNT=9");
    }

    @Test
    void refusesToMoveThisAndLaterOffOneOfSeveralMonthsTheRuleNames() {
        MeetingSeries series = created(inTokyo("twice-a-year", "FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15",
                "2027-03-15T14:00"));

        assertThatThrownBy(() -> series.move("twice-a-year-2", at("2027-10-01T14:00"), null, null, true, MID_2026, "x"))
                .isInstanceOf(ScheduleRejectedException.class).hasMessageContaining("BYMONTH=3,9")
                .hasMessageContaining("PATCH").extracting("field").isEqualTo("start");
        MeetingSeries later = series.move("twice-a-year-2", at("2027-09-15T16:00"), null, null, true, MID_2026, "x");
        assertThat(later.occurrence("twice-a-year-3").orElseThrow().start()).isEqualTo(Instant.parse("2028-03-15T07:00:00Z"));
    }

    @Test
    void movesOnlyOneMeetingOfARuleThatNamesMonthAndDayWhenAskedToMoveThisOne() {
        MeetingSeries series = created(miningEnergyInvestmentMeeting());

        MeetingSeries moved = series.move("mining-energy-investment-meeting-4", at("2030-09-20T14:00"), null, null, false,
                MID_2026, "embassy");

        assertThat(moved.occurrence("mining-energy-investment-meeting-4").orElseThrow().start())
                .isEqualTo(Instant.parse("2030-09-20T05:00:00Z"));
        assertThat(moved.occurrence("mining-energy-investment-meeting-5").orElseThrow().start())
                .isEqualTo(Instant.parse("2031-10-15T05:00:00Z"));
        assertThat(moved.rule()).isEqualTo(series.rule());
    }

    @Test
    void aChangeToTheSeriesNeverRewritesThePast() {
        MeetingSeries series = created(politicalDialogue());
        Instant after2027 = Instant.parse("2028-01-01T00:00:00Z");

        MeetingSeries longer = series.change(new SeriesUpdate(null, null, null, null, null, 480, null, null, null),
                after2027, "mofa");

        List<Occurrence> meetings = longer.occurrencesBetween(FROM, TO);
        assertThat(meetings).hasSize(5);
        assertThat(meetings.get(1).end()).isEqualTo(Instant.parse("2027-09-16T19:00:00Z"));
        assertThat(meetings.get(2).end()).isEqualTo(Instant.parse("2029-09-16T09:00:00Z"));
        assertThat(meetings.get(2).venue()).isEqualTo(TOKYO);
        assertThat(meetings).extracting(Occurrence::id).doesNotHaveDuplicates();
    }

    @Test
    void changesBetweenTwoMeetingsLeaveOneStretchForThem() {
        MeetingSeries series = created(politicalDialogue());
        Instant now = Instant.parse("2028-01-01T00:00:00Z");
        MeetingSeries changed = series;
        // fifty changes of its length in a week in which no meeting takes place
        for (int n = 0; n < 50; n++) {
            now = now.plusSeconds(3 * 3600);
            changed = changed.change(new SeriesUpdate(null, null, null, null, null, 240 + 30 * (n % 2 + 1), null, null,
                    null), now, "mofa");
        }

        // the stretch that held the 2025 and 2027 meetings, and the one of the latest settings: none in between
        assertThat(changed.recurrences()).hasSize(2);
        assertThat(changed.recurrences()).extracting(Recurrence::number).doesNotHaveDuplicates();
        assertThat(changed.recurrences().get(1).number()).isGreaterThan(changed.recurrences().get(0).number());
        List<Occurrence> meetings = changed.occurrencesBetween(FROM, TO);
        assertThat(meetings).extracting(Occurrence::id).containsExactlyElementsOf(
                series.occurrencesBetween(FROM, TO).stream().map(Occurrence::id).toList());
        assertThat(meetings.get(1).end()).isEqualTo(Instant.parse("2027-09-16T19:00:00Z"));
        assertThat(meetings.get(2).end()).isEqualTo(Instant.parse("2029-09-16T06:00:00Z"));
        assertThat(meetings.get(2).venue()).isEqualTo(TOKYO);
    }

    @Test
    void schedulesADateForAPeriodOfASeriesWithoutRuleAtTheNamedVenue() {
        MeetingSeries group = created(MeetingSeriesMother.workingGroupWithoutDates());

        MeetingSeries scheduled = group.schedule(at("2026-03-10T09:30"), at("2026-03-10T12:30"), LIMA, "2026",
                MID_2026, "mre");

        Occurrence meeting = scheduled.occurrencesBetween(FROM, TO).get(0);
        assertThat(meeting.id()).isEqualTo("road-map-working-group-d20260310");
        assertThat(meeting.status()).isEqualTo(OccurrenceStatus.CONFIRMED);
        assertThat(meeting.start()).isEqualTo(Instant.parse("2026-03-10T14:30:00Z"));
        assertThat(scheduled.schedule(at("2026-03-10T09:30"), at("2026-03-10T12:30"), LIMA, null, MID_2026, "mre"))
                .isSameAs(scheduled);
        assertThatThrownBy(() -> group.schedule(at("2027-03-10T09:30"), at("2027-03-10T11:00"), LIMA, "2026", MID_2026, "mre"))
                .isInstanceOf(ScheduleRejectedException.class).hasMessageContaining("within period 2026");
        assertThatThrownBy(() -> group.schedule(at("2026-03-10T09:30"), at("2026-03-10T08:00"), LIMA, null, MID_2026, "x"))
                .isInstanceOf(ScheduleRejectedException.class).hasMessageContaining("after start");
        assertThatThrownBy(() -> group.schedule(at("2026-03-10T09:30"), at("2026-03-10T12:00"), null, null, MID_2026, "x"))
                .isInstanceOf(ScheduleRejectedException.class).hasMessageContaining("name the venue");
    }

    @Test
    void holdsAMeetingWithItsAgendaAndOutcomesOnce() {
        MeetingSeries series = created(politicalDialogue());

        MeetingSeries held = series.hold("political-dialogue-mechanism-1", null, List.of("WG report reviewed"), null,
                null, MID_2026, "mofa");

        Occurrence meeting = held.occurrence("political-dialogue-mechanism-1").orElseThrow();
        assertThat(meeting.status()).isEqualTo(OccurrenceStatus.HELD);
        assertThat(meeting.agenda()).containsExactly("I.2", "I.5");
        MeetingOutcomes recorded = new MeetingOutcomes("political-dialogue-mechanism-1", List.of("WG report reviewed"),
                null);
        assertThat(held.recorded()).containsExactly(recorded);
        assertThat(held.appended()).extracting(Appended::id)
                .containsExactly("political-dialogue-mechanism:political-dialogue-mechanism-1");
        assertThat(held.hold("political-dialogue-mechanism-1", null, List.of("WG report reviewed"), null, recorded,
                MID_2026, "x")).isSameAs(held);
        assertThatThrownBy(() -> held.hold("political-dialogue-mechanism-1", null, List.of("Another outcome"), null,
                recorded, MID_2026, "x")).isInstanceOf(TransitionRefusedException.class);
        // the next write appends nothing of it again
        assertThat(held.confirm("political-dialogue-mechanism-2", MID_2026, "x").recorded()).isEmpty();
        assertThatThrownBy(() -> series.hold("political-dialogue-mechanism-2", null, List.of(), null, null, MID_2026, "x"))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("once it has started");
    }

    @Test
    void refusesRulesThatAreNotRfc5545OrRecurMoreOftenThanDaily() {
        SeriesDefinitions definitions = MeetingSeriesMother.definitions();

        assertThatThrownBy(() -> definitions.checked(withRule("FREQ=FORTNIGHTLY"), null))
                .isInstanceOf(ScheduleRejectedException.class).extracting("field").isEqualTo("recurrence.rule");
        assertThatThrownBy(() -> definitions.checked(withRule("FREQ=HOURLY"), null))
                .isInstanceOf(ScheduleRejectedException.class).hasMessageContaining("at most daily");
        assertThatThrownBy(() -> definitions.checked(withRule("FREQ=YEARLY;BYMONTH=3"), null))
                .isInstanceOf(ScheduleRejectedException.class).extracting("field").isEqualTo("recurrence.firstStart");
    }

    @Test
    void refusesVenuesOutsideTheParties() {
        NewSeries inParis = new NewSeries("x", "jp-pe-2024-2033", "X", null, null, List.of(), null, 60, null, null,
                new VenueRule(VenueRule.FIXED, List.of(new Venue("Paris", "FR", null))), null);

        assertThatThrownBy(() -> MeetingSeriesMother.definitions().checked(inParis, null))
                .isInstanceOf(ScheduleRejectedException.class).extracting("field").isEqualTo("venue.venues[0].country");
    }

    @Test
    void impliesTheCadenceFromAYearlyRule() {
        NewSeries checked = MeetingSeriesMother.definitions().checked(politicalDialogue(), null);

        assertThat(checked.cadence().kind()).isEqualTo(CadenceRule.BIENNIAL);
        assertThat(checked.cadence().periods()).extracting(CadenceRule.Period::label)
                .containsExactly("2025-2026", "2027-2028", "2029-2030", "2031-2032", "2033");
        assertThat(Optional.ofNullable(checked.timeZone())).hasValue("Asia/Tokyo");
    }

    private static NewSeries withRule(String rule) {
        NewSeries p = politicalDialogue();
        return new NewSeries(p.id(), p.roadMapId(), p.title(), p.organiser(), null, p.commitments(), p.timeZone(),
                p.durationMinutes(), rule, p.firstStart(), p.venueRule(), null);
    }
}
