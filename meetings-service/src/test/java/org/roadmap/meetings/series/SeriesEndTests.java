package org.roadmap.meetings.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roadmap.meetings.series.MeetingSeriesMother.LIMA;
import static org.roadmap.meetings.series.MeetingSeriesMother.TOKYO;
import static org.roadmap.meetings.series.MeetingSeriesMother.at;
import static org.roadmap.meetings.series.MeetingSeriesMother.created;
import static org.roadmap.meetings.series.MeetingSeriesMother.definitions;
import static org.roadmap.meetings.series.MeetingSeriesMother.politicalDialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A series ends with its road map (its cadence's last day, 2033-12-31 for the Japan–Peru Road Map). */
class SeriesEndTests {

    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant FAR = Instant.parse("2045-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");

    @Test
    void aRuleWithoutEndPlansNoMeetingAfterTheRoadMap() {
        MeetingSeries series = created(politicalDialogue());

        List<Occurrence> meetings = series.occurrencesBetween(FROM, FAR);

        assertThat(meetings).extracting(o -> o.start().toString()).containsExactly("2025-09-16T01:00:00Z",
                "2027-09-16T15:00:00Z", "2029-09-16T01:00:00Z", "2031-09-16T15:00:00Z", "2033-09-16T01:00:00Z");
        assertThat(meetings).extracting(Occurrence::venue).containsExactly(TOKYO, LIMA, TOKYO, LIMA, TOKYO);
        assertThat(series.occurrence("political-dialogue-mechanism-6")).isEmpty();
        assertThat(series.endsBefore()).isEqualTo(LocalDateTime.parse("2034-01-01T00:00"));
    }

    @Test
    void refusesAMeetingAfterTheLastDayNamingTheStartAndHowToMeetLater() {
        MeetingSeries series = created(politicalDialogue());

        assertThatThrownBy(() -> series.schedule(at("2037-09-16T10:00"), null, LIMA, null, NOW, "mre"))
                .isInstanceOfSatisfying(ScheduleRejectedException.class, e -> assertThat(e.field()).isEqualTo("start"))
                .hasMessageContaining("2033-12-31").hasMessageContaining("cadence.lastDay");
        assertThatThrownBy(() -> series.move("political-dialogue-mechanism-5", at("2034-01-10T10:00"), null, null, false,
                NOW, "mofa"))
                .isInstanceOfSatisfying(ScheduleRejectedException.class, e -> assertThat(e.field()).isEqualTo("start"));
    }

    @Test
    void refusesARuleStartingAfterTheLastDay() {
        NewSeries late = new NewSeries("late", "jp-pe-2024-2033", "Late dialogue", null, null, List.of("I.2"),
                "Asia/Tokyo", 240, "FREQ=YEARLY", LocalDateTime.parse("2035-09-16T10:00"), null, null);

        assertThatThrownBy(() -> definitions().checked(late, null))
                .isInstanceOfSatisfying(ScheduleRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("recurrence.firstStart"));
    }

    @Test
    void aSeriesExtendedPastTheRoadMapMeetsUntilItsNewLastDay() {
        MeetingSeries series = created(politicalDialogue());
        SeriesUpdate longer = definitions().checked(series, update(new CadenceRule(null, null, LocalDate.of(2037, 12, 31))));

        MeetingSeries extended = series.change(longer, NOW, "mofa");

        assertThat(extended.occurrencesBetween(FROM, FAR)).hasSize(7);
        assertThat(extended.occurrence("political-dialogue-mechanism-7").orElseThrow().venue()).isEqualTo(TOKYO);
    }

    @Test
    void refusesToEndASeriesBeforeAMeetingItHas() {
        MeetingSeries series = created(politicalDialogue()).confirm("political-dialogue-mechanism-5", NOW, "mofa");

        assertThatThrownBy(() -> definitions().checked(series,
                update(new CadenceRule(null, null, LocalDate.of(2032, 12, 31)))))
                .isInstanceOfSatisfying(ScheduleRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("cadence.lastDay"))
                .hasMessageContaining("political-dialogue-mechanism-5");
    }

    private static SeriesUpdate update(CadenceRule cadence) {
        return new SeriesUpdate(null, null, null, null, null, null, null, null, cadence);
    }
}
