package org.roadmap.meetings.series;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.roadmap.meetings.config.MeetingsProperties;

/** Meeting series as the Japan–Peru Road Map has them. */
public final class MeetingSeriesMother {

    public static final Instant SIGNED = Instant.parse("2024-11-17T20:00:00Z");
    public static final Venue TOKYO = new Venue("Tokyo", "JP", "Asia/Tokyo");
    public static final Venue LIMA = new Venue("Lima", "PE", "America/Lima");

    private MeetingSeriesMother() {
    }

    public static SeriesDefinitions definitions() {
        MeetingsProperties properties = new MeetingsProperties(null, LocalDate.of(2033, 12, 31), null, null, null,
                "test", false, null, null);
        return new SeriesDefinitions(Parties.configuredOnly(properties), properties);
    }

    /** I.2: biennial, 10:00 at the venue, alternating Tokyo (2025), Lima (2027) … */
    public static NewSeries politicalDialogue() {
        return new NewSeries("political-dialogue-mechanism", "jp-pe-2024-2033", "Japan-Peru Political Dialogue Mechanism",
                "Ministries of Foreign Affairs", null, List.of("I.2", "I.5"), "Asia/Tokyo", 240, "FREQ=YEARLY;INTERVAL=2",
                LocalDateTime.parse("2025-09-16T10:00"),
                new VenueRule(VenueRule.ALTERNATING, List.of(TOKYO, LIMA)), null);
    }

    /** I.5 as seeded: annual, no rule, venue agreed each time. */
    public static NewSeries workingGroupWithoutDates() {
        return new NewSeries("road-map-working-group", "jp-pe-2024-2033", "Road Map working group", "MOFA and MRE", null,
                List.of("I.5"), "America/Lima", null, null, null, VenueRule.perOccurrence(),
                new CadenceRule(CadenceRule.ANNUAL, LocalDate.of(2025, 1, 1), null));
    }

    /** II.7 once its date is agreed: each 15 October at 14:00 in Tokyo, from 2027. */
    public static NewSeries miningEnergyInvestmentMeeting() {
        return inTokyo("mining-energy-investment-meeting", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15", "2027-10-15T14:00");
    }

    /** A series held in Tokyo at the times of {@code rule}, three hours long. */
    public static NewSeries inTokyo(String id, String rule, String firstStart) {
        return new NewSeries(id, "jp-pe-2024-2033", "Meeting in Tokyo", "Embassy of Peru in Japan", null, List.of("II.7"),
                "Asia/Tokyo", 180, rule, LocalDateTime.parse(firstStart), new VenueRule(VenueRule.FIXED, List.of(TOKYO)),
                null);
    }

    public static MeetingSeries created(NewSeries series) {
        return MeetingSeries.create(definitions().checked(series, null), SIGNED, "wg-admin");
    }

    public static MeetingTime at(String wallClock) {
        return MeetingTime.parse("start", wallClock);
    }

    // the life of a series' meetings, as its participants change them on 1 June 2026

    private static final Instant MID_2026 = Instant.parse("2026-06-01T00:00:00Z");

    public static MeetingSeries cancelled(MeetingSeries series, String occurrenceId) {
        return series.cancel(occurrenceId, "elections", MID_2026, "mofa");
    }

    public static MeetingSeries confirmed(MeetingSeries series, String occurrenceId) {
        return series.confirm(occurrenceId, MID_2026, "mofa");
    }

    /** One meeting moved to {@code wallClock}, at its venue. */
    public static MeetingSeries moved(MeetingSeries series, String occurrenceId, String wallClock) {
        return series.move(occurrenceId, at(wallClock), null, null, false, MID_2026, "mre");
    }

    /** This meeting and every later one moved: the recurrence continues from {@code wallClock} as a new stretch. */
    public static MeetingSeries movedWithLaterOnes(MeetingSeries series, String occurrenceId, String wallClock) {
        return series.move(occurrenceId, at(wallClock), null, null, true, MID_2026, "mre");
    }

    /** A meeting scheduled by hand, outside the rule. */
    public static MeetingSeries scheduled(MeetingSeries series, String wallClock, Venue venue) {
        return series.schedule(at(wallClock), null, venue, null, MID_2026, "mre");
    }

    /** The series after {@code times} changes of its meetings' length, one every {@code apart}, from {@code first}. */
    public static MeetingSeries lengthChanged(MeetingSeries series, int times, Instant first, Duration apart) {
        MeetingSeries changed = series;
        for (int n = 0; n < times; n++) {
            int minutes = changed.durationMinutes() == 60 ? 90 : 60;
            changed = changed.change(new SeriesUpdate(null, null, null, null, null, minutes, null, null, null),
                    first.plus(apart.multipliedBy(n)), "mofa");
        }
        return changed;
    }
}
