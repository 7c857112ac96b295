package org.roadmap.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A worked example's body is readable, and says what of it is left out. */
class ReadableBodyTests {

    @Test
    void printsJsonOneFieldALineAndCutsAnAnswersLongArrayToItsFirstItems() {
        String body = "{\"id\": \"a\", \"note\": null, \"tags\": [\"x\", \"y\", \"z\"], \"items\": [1, 2, 3, 4, 5], \"none\": []}";

        assertThat(ReadableBody.answered("application/json", body)).isEqualTo("""
                {
                  "id": "a",
                  "note": null,
                  "tags": [
                    "x",
                    "y",
                    "z"
                  ],
                  "items": [
                    1,
                    2,
                    "… 3 more"
                  ],
                  "none": []
                }""");
        assertThat(ReadableBody.sent("application/json", body)).contains("    5\n  ]").doesNotContain("more");
    }

    @Test
    void cutsALongTextToItsFirstLines() {
        String csv = IntStream.rangeClosed(1, 40).mapToObj(i -> "row " + i).collect(Collectors.joining("\r\n"));

        String shown = ReadableBody.answered("text/csv;charset=UTF-8", csv);

        assertThat(shown.lines()).hasSize(ReadableBody.TEXT_LINES_SHOWN + 1).startsWith("row 1", "row 2")
                .endsWith("… 25 more lines");
    }

    @Test
    void showsACalendarUpToItsFirstEventWithoutItsTimeZones() {
        String feed = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo",
                "BEGIN:STANDARD", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT", "UID:a",
                "END:VEVENT", "BEGIN:VEVENT", "UID:b", "END:VEVENT", "END:VCALENDAR");

        assertThat(ReadableBody.answered("text/calendar;charset=UTF-8", feed)).isEqualTo("""
                BEGIN:VCALENDAR
                VERSION:2.0
                … VTIMEZONE of Asia/Tokyo left out
                BEGIN:VEVENT
                UID:a
                END:VEVENT
                … 4 more lines""");
    }
}
