package org.roadmap.meetings.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.meetings.series.MeetingSeriesMother.LIMA;
import static org.roadmap.meetings.series.MeetingSeriesMother.TOKYO;
import static org.roadmap.meetings.series.MeetingSeriesMother.cancelled;
import static org.roadmap.meetings.series.MeetingSeriesMother.confirmed;
import static org.roadmap.meetings.series.MeetingSeriesMother.created;
import static org.roadmap.meetings.series.MeetingSeriesMother.miningEnergyInvestmentMeeting;
import static org.roadmap.meetings.series.MeetingSeriesMother.moved;
import static org.roadmap.meetings.series.MeetingSeriesMother.movedWithLaterOnes;
import static org.roadmap.meetings.series.MeetingSeriesMother.scheduled;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.series.CadenceRule;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.NewSeries;
import org.roadmap.meetings.series.Occurrence;
import org.roadmap.meetings.series.OccurrenceStatus;
import org.roadmap.meetings.series.Parties;
import org.roadmap.meetings.series.VenueRule;

/**
 * The feed's text as RFC 5545 has it: read back by ical4j's parser, the feed of varied series has every meeting
 * each series has, where and when the series has it, and its lines are folded and ended as the RFC says.
 */
class CalendarFeedTextTests {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    /** Every character TEXT escapes, and enough non-ASCII to fold inside multi-byte sequences. */
    private static final String TITLE = "Diálogo político Japón–Perú, 2025–2033; actas \\ acuerdos\n"
            + "日本・ペルー政治対話メカニズム（第一回から第五回まで）";

    private final MeetingsProperties properties = new MeetingsProperties(null, LocalDate.of(2033, 12, 31), null, null,
            null, "test.roadmap.local", false, null, null);
    private final Parties parties = Parties.configuredOnly(properties);
    private final List<MeetingSeries> series = variedSeries();
    private final String feed = new CalendarFeeds(properties, parties).feed("Road Map meetings, all; \\ 全部", series, NOW);

    @Test
    void readsBackEveryMeetingEachSeriesHasWhereAndWhenItHasIt() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));

        assertThat(meetingsIn(calendar)).containsExactlyInAnyOrderElementsOf(meetingsOf(series));
    }

    @Test
    void excludesCancelledMeetingsFromTheirRuleAndEndsEachRuleWhereItsSeriesOrStretchEnds() throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT");

        VEvent dialogue = recurring(events, "dialogue-r1@test.roadmap.local");
        assertThat(dialogue.getProperty("EXDATE").orElseThrow().getValue()).isEqualTo("20290916T100000");
        assertThat(dialogue.getProperty("EXDATE").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Tokyo");
        assertThat(dialogue.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(dialogue.getProperty("RRULE").orElseThrow().getValue()).contains("UNTIL=20330916T010000Z");
        String mining = "mining-energy-investment-meeting";
        assertThat(recurring(events, mining + "-r1@test.roadmap.local").getProperty("RRULE").orElseThrow().getValue())
                .contains("UNTIL=20291015T050000Z");
        assertThat(recurring(events, mining + "-r2@test.roadmap.local").getProperty("RRULE").orElseThrow().getValue())
                .contains("UNTIL=20330920T050000Z");
        assertThat(recurring(events, "trade-desk-r1@test.roadmap.local").getProperty("RRULE").orElseThrow().getValue())
                .contains("UNTIL=20280613T010000Z");
    }

    @Test
    void carriesTheCalendarsPropertiesAndAZoneDefinitionForEachZoneItNames() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));

        assertThat(calendar.<Property>getProperties()).extracting(Property::getName).containsExactly("PRODID", "VERSION",
                "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME", "REFRESH-INTERVAL", "X-PUBLISHED-TTL");
        assertThat(calendar.getProperty("NAME").orElseThrow().getValue()).isEqualTo("Road Map meetings, all; \\ 全部");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Road Map meetings, all; \\ 全部");
        Property refresh = calendar.getProperty("REFRESH-INTERVAL").orElseThrow();
        assertThat(refresh.getValue()).isEqualTo("PT12H");
        assertThat(refresh.getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DURATION");
        assertThat(calendar.getProperty("X-PUBLISHED-TTL").orElseThrow().getValue()).isEqualTo("PT12H");
        assertThat(calendar.getComponents("VTIMEZONE")).extracting(z -> ((VTimeZone) z).getTimeZoneId().getValue())
                .containsExactlyInAnyOrder("Asia/Tokyo", "America/Lima");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).allSatisfy(e -> assertThat(e.<Property>getProperties()).extracting(Property::getName)
                .contains("DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "UID", "SEQUENCE", "STATUS"));
        assertThat(events).filteredOn(e -> e.getProperty("RECURRENCE-ID").isPresent()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getProperty("LOCATION")).isPresent());
    }

    @Test
    void endsEveryLineWithCrlfWithinSeventyFiveOctetsFoldingBetweenCharacters() throws Exception {
        byte[] bytes = feed.getBytes(UTF_8);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i).as("LF at octet %d follows CR", i).isGreaterThan(start);
                assertThat(bytes[i - 1]).as("LF at octet %d follows CR", i).isEqualTo((byte) '\r');
                lines.add(Arrays.copyOfRange(bytes, start, i - 1));
                start = i + 1;
            }
        }

        assertThat(start).as("the feed ends with CRLF").isEqualTo(bytes.length);
        for (byte[] line : lines) {
            assertThat(line.length).as(new String(line, UTF_8)).isLessThanOrEqualTo(75);
            assertThat(new String(line, UTF_8)).doesNotContain("\r");
            strictUtf8(line);
        }
        assertThat(lines).filteredOn(line -> line.length > 0 && line[0] == ' ').isNotEmpty();
        assertThat(feed.replace("\r\n ", "")).contains("SUMMARY:Diálogo político Japón–Perú\\, 2025–2033\\; actas "
                + "\\\\ acuerdos\\n日本・ペルー政治対話メカニズム（第一回から第五回まで）\r\n");
    }

    /**
     * The dialogue alternating Tokyo and Lima to the road map's end, one meeting moved, one cancelled, one confirmed;
     * the mining meeting moved from its fourth on, with meetings scheduled by hand in Lima and in Tokyo in July (ical4j
     * 4.2.5 writes Tokyo's summers as if Japan still kept the summer time of 1948-1951); a monthly desk ruled in
     * Tokyo's zone but held in Lima, ending mid-2028.
     */
    private static List<MeetingSeries> variedSeries() {
        MeetingSeries dialogue = created(new NewSeries("dialogue", "jp-pe-2024-2033", TITLE, "MOFA and MRE", null,
                List.of("I.2"), "Asia/Tokyo", 240, "FREQ=YEARLY;INTERVAL=2", LocalDateTime.parse("2025-09-16T10:00"),
                new VenueRule(VenueRule.ALTERNATING, List.of(TOKYO, LIMA)), null));
        dialogue = moved(cancelled(dialogue, "dialogue-3"), "dialogue-2", "2027-10-12T10:00");
        dialogue = confirmed(dialogue, "dialogue-4");
        MeetingSeries mining = created(miningEnergyInvestmentMeeting());
        mining = movedWithLaterOnes(mining, mining.id() + "-4", "2030-09-20T14:00");
        mining = scheduled(scheduled(mining, "2028-03-03T09:30", LIMA), "2031-07-15T14:00", TOKYO);
        MeetingSeries desk = created(new NewSeries("trade-desk", "jp-pe-2024-2033", "Trade desk", "Embassy of Japan",
                null, List.of("II.9"), "Asia/Tokyo", 60, "FREQ=MONTHLY;BYDAY=2TU", LocalDateTime.parse("2027-01-12T10:00"),
                new VenueRule(VenueRule.FIXED, List.of(LIMA)),
                new CadenceRule(CadenceRule.PERIODIC, null, LocalDate.of(2028, 6, 30))));
        return List.of(dialogue, mining, desk);
    }

    /** A meeting as a calendar shows it. */
    private record Meeting(String summary, Instant start, Instant end, String location, String status) {
    }

    private List<Meeting> meetingsOf(List<MeetingSeries> all) {
        List<Meeting> meetings = new ArrayList<>();
        for (MeetingSeries s : all) {
            for (Occurrence o : s.occurrencesBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))) {
                if (o.status() != OccurrenceStatus.CANCELLED) {
                    meetings.add(new Meeting(s.title(), o.start(), o.end(), o.venue().city() + ", "
                            + parties.of(o.venue().country()).orElseThrow().name(),
                            o.status() == OccurrenceStatus.PLANNED ? "TENTATIVE" : "CONFIRMED"));
                }
            }
        }
        return meetings;
    }

    /** Each recurring event expanded (EXDATEs and overridden instances left out), its overrides and single events. */
    private static List<Meeting> meetingsIn(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        Set<String> overridden = new HashSet<>();
        events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isPresent()).forEach(e -> overridden.add(
                e.getProperty("UID").orElseThrow().getValue() + " " + instant(e.getProperty("RECURRENCE-ID").orElseThrow())));
        List<Meeting> meetings = new ArrayList<>();
        for (VEvent event : events) {
            ZonedDateTime start = zoned(event.getProperty("DTSTART").orElseThrow());
            Duration length = Duration.between(start, zoned(event.getProperty("DTEND").orElseThrow()));
            List<ZonedDateTime> starts = List.of(start);
            if (event.getProperty("RRULE").isPresent()) {
                Set<Instant> excluded = new HashSet<>();
                for (Property exdate : event.getProperties("EXDATE")) {
                    String zone = exdate.getParameter("TZID").orElseThrow().getValue();
                    Arrays.stream(exdate.getValue().split(",")).forEach(d -> excluded.add(
                            LocalDateTime.parse(d, LOCAL).atZone(ZoneId.of(zone)).toInstant()));
                }
                String uid = event.getProperty("UID").orElseThrow().getValue();
                starts = new Recur<ZonedDateTime>(event.getProperty("RRULE").orElseThrow().getValue())
                        .getDates(start, start, start.plusYears(30)).stream()
                        .filter(s -> !excluded.contains(s.toInstant()) && !overridden.contains(uid + " " + s.toInstant()))
                        .toList();
            }
            for (ZonedDateTime s : starts) {
                meetings.add(new Meeting(value(event, "SUMMARY"), s.toInstant(), s.plus(length).toInstant(),
                        value(event, "LOCATION"), value(event, "STATUS")));
            }
        }
        return meetings;
    }

    private static VEvent recurring(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getProperty("RRULE").isPresent()
                && e.getProperty("UID").orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static ZonedDateTime zoned(Property dateTime) {
        return LocalDateTime.parse(dateTime.getValue(), LOCAL)
                .atZone(ZoneId.of(dateTime.getParameter("TZID").orElseThrow().getValue()));
    }

    private static Instant instant(Property dateTime) {
        return zoned(dateTime).toInstant();
    }

    private static void strictUtf8(byte[] line) throws CharacterCodingException {
        UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line));
    }
}
