package org.roadmap.meetings.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContentLinesTests {

    @Test
    void foldsBeforeTheOctetThatWouldPassSeventyFiveAndContinuesWithASpace() {
        String text = new ContentLines().property("X", "a".repeat(73 + 74 + 10)).text();

        assertThat(text.split("\r\n", -1)).containsExactly("X:" + "a".repeat(73), " " + "a".repeat(74),
                " " + "a".repeat(10), "");
    }

    @Test
    void foldsBetweenCharactersNeverInsideOneOfTwoThreeOrFourOctets() {
        String value = "é日🗾".repeat(20);

        String text = new ContentLines().text("SUMMARY", value).text();

        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertThat(lines).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line.getBytes(UTF_8).length).isLessThanOrEqualTo(75))
                .allSatisfy(line -> assertThat(new String(line.getBytes(UTF_8), UTF_8)).isEqualTo(line));
        assertThat(text.replace("\r\n ", "")).isEqualTo("SUMMARY:" + value + "\r\n");
    }

    @Test
    void escapesBackslashSemicolonCommaAndEveryKindOfLineBreakInText() {
        String text = new ContentLines().text("LOCATION", "a\\b;c,d\ne\r\nf\rg: h").text();

        assertThat(text).isEqualTo("LOCATION:a\\\\b\\;c\\,d\\ne\\nf\\ng: h\r\n");
    }

    @Test
    void writesDateTimesLocalWithTheirZoneOrInUtc() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        String text = new ContentLines()
                .dateTime("DTSTART", LocalDateTime.parse("2027-09-06T09:05:03").atZone(tokyo))
                .dateTimes("EXDATE", tokyo, List.of(LocalDateTime.parse("2027-09-16T10:00"),
                        LocalDateTime.parse("2029-09-16T10:00")))
                .utc("DTSTAMP", Instant.parse("2026-06-01T00:00:00Z"))
                .text();

        assertThat(text).isEqualTo("DTSTART;TZID=Asia/Tokyo:20270906T090503\r\n"
                + "EXDATE;TZID=Asia/Tokyo:20270916T100000,20290916T100000\r\n"
                + "DTSTAMP:20260601T000000Z\r\n");
    }
}
