package org.roadmap.meetings.series;

import org.roadmap.platform.aggregate.Change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.meetings.series.MeetingSeriesMother.LIMA;
import static org.roadmap.meetings.series.MeetingSeriesMother.politicalDialogue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Meetings a recurrence plans reach the other services (so reminders follow them) without anyone
 * confirming each one; the Political Dialogue Mechanism meets every two years: Tokyo 2025-09-16,
 * Lima 2027-09-16, Tokyo 2029-09-16 …
 */
class AnnouncementsTests {

    private static final Duration AHEAD = Duration.ofDays(400);
    private static final Instant DEC_2026 = Instant.parse("2026-12-04T00:00:00Z");
    private static final String LIMA_2027 = "political-dialogue-mechanism-2";
    private static final String TOKYO_2029 = "political-dialogue-mechanism-3";

    @Test
    void aNewSeriesAnnouncesTheMeetingsItsRulePlansWithinTheHorizonInItsFirstWrite() {
        MeetingSeries series = createdAt(DEC_2026);

        assertThat(series.version()).isEqualTo(1);
        assertThat(kinds(series)).containsExactly("created", "occurrence-announced");
        Change announced = series.latestChanges().get(1);
        assertThat(announced.after()).containsEntry("occurrenceId", LIMA_2027).containsEntry("status", "planned")
                .containsEntry("start", "2027-09-16T15:00:00Z").containsEntry("venue", "Lima");
        assertThat(series.announcedUntil()).isEqualTo(DEC_2026.plus(AHEAD));
    }

    @Test
    void aMeetingComingWithinTheHorizonIsAnnouncedOnceAsTimePasses() {
        MeetingSeries series = createdAt(DEC_2026);
        Instant beforeTokyo2029IsNear = Instant.parse("2028-08-01T00:00:00Z");
        Instant tokyo2029IsNear = Instant.parse("2028-08-20T00:00:00Z");

        assertThat(Announcements.follow(series, series, beforeTokyo2029IsNear, AHEAD)).isSameAs(series);
        MeetingSeries announced = Announcements.follow(series, series, tokyo2029IsNear, AHEAD);

        assertThat(announced.version()).isEqualTo(2);
        assertThat(kinds(announced)).containsExactly("occurrence-announced");
        assertThat(announced.latestChanges().get(0).after()).containsEntry("occurrenceId", TOKYO_2029);
        assertThat(Announcements.follow(announced, announced, tokyo2029IsNear.plusSeconds(3600), AHEAD))
                .isSameAs(announced);
    }

    @Test
    void aChangeToTheRuleMovesTheMeetingsAlreadyAnnounced() {
        MeetingSeries series = createdAt(DEC_2026);
        Instant now = DEC_2026.plusSeconds(60);

        MeetingSeries longer = follow(series,
                series.change(new SeriesUpdate(null, null, null, null, null, 480, null, null, null), now, "mofa"), now);

        assertThat(kinds(longer)).containsExactly("changed", "occurrence-rescheduled");
        assertThat(longer.latestChanges().get(1).after()).containsEntry("occurrenceId", LIMA_2027);
        assertThat(longer.occurrence(LIMA_2027).orElseThrow().end()).isEqualTo(Instant.parse("2027-09-16T23:00:00Z"));
    }

    @Test
    void aMeetingTheRuleNoLongerPlansIsWithdrawn() {
        MeetingSeries series = createdAt(DEC_2026);
        Instant now = DEC_2026.plusSeconds(60);

        MeetingSeries withoutRule = follow(series,
                series.change(new SeriesUpdate(null, null, null, null, null, null, Optional.empty(), null, null), now,
                        "mofa"), now);

        assertThat(kinds(withoutRule)).containsExactly("changed", "occurrence-withdrawn");
        assertThat(withoutRule.latestChanges().get(1).after()).containsEntry("occurrenceId", LIMA_2027)
                .containsEntry("start", "2027-09-16T15:00:00Z");
    }

    @Test
    void aMeetingConfirmedOrMovedIsToldByItsOwnChangeOnly() {
        MeetingSeries series = createdAt(DEC_2026);
        Instant now = DEC_2026.plusSeconds(60);

        MeetingSeries confirmed = follow(series, series.confirm(LIMA_2027, now, "mofa"), now);
        MeetingSeries moved = follow(confirmed, confirmed.move(LIMA_2027, MeetingSeriesMother.at("2027-10-12T10:00"),
                null, LIMA, false, now, "mofa"), now);

        assertThat(kinds(confirmed)).containsExactly("occurrence-scheduled");
        assertThat(kinds(moved)).containsExactly("occurrence-rescheduled");
    }

    private static MeetingSeries createdAt(Instant now) {
        MeetingSeries created = MeetingSeries.create(MeetingSeriesMother.definitions().checked(politicalDialogue(), null),
                now, "wg-admin");
        return Announcements.follow(null, created, now, AHEAD);
    }

    private static MeetingSeries follow(MeetingSeries before, MeetingSeries after, Instant now) {
        return Announcements.follow(before, after, now, AHEAD);
    }

    private static List<String> kinds(MeetingSeries series) {
        return series.latestChanges().stream().map(Change::kind).toList();
    }
}
