package org.roadmap.meetings.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.Occurrence;
import org.roadmap.meetings.series.OccurrenceStatus;
import org.roadmap.meetings.series.Parties;
import org.roadmap.meetings.series.Recurrence;
import org.roadmap.meetings.series.RecurrenceRules;
import org.roadmap.meetings.series.Venue;
import org.springframework.stereotype.Component;

/**
 * Writes series as iCalendar: each stretch of a recurrence is one recurring VEVENT (stable UID,
 * RRULE, EXDATE for cancelled meetings, SEQUENCE), each meeting that differs from its rule an
 * override with RECURRENCE-ID (moved, confirmed, held, or at a venue in another zone than the
 * rule's), each meeting scheduled by hand a VEVENT of its own. Zones come with their VTIMEZONE from
 * ical4j's registry; the calendar carries REFRESH-INTERVAL (RFC 7986) so subscribers poll it. The
 * text is written line by line ({@link ContentLines}); ical4j parses and expands the rules.
 */
@Component
public class CalendarFeeds {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    /** Overrides for venues in another zone are written this far ahead of now for rules without an end. */
    private static final Duration HORIZON = Duration.ofDays(366 * 2);

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    /** Each zone's VTIMEZONE as ical4j renders it, rendered once: the definitions do not change while we run. */
    private final Map<String, String> timeZones = new ConcurrentHashMap<>();
    private final MeetingsProperties properties;
    private final Parties parties;

    public CalendarFeeds(MeetingsProperties properties, Parties parties) {
        this.properties = properties;
        this.parties = parties;
    }

    /** The feed of {@code series}, named {@code name}, as text. */
    public String feed(String name, List<MeetingSeries> series, Instant now) {
        Events events = new Events(new ContentLines(), new LinkedHashSet<>(), now.truncatedTo(ChronoUnit.SECONDS));
        for (MeetingSeries s : series) {
            write(s, now, events);
        }
        String refresh = properties.feedRefresh().toString();
        ContentLines calendar = new ContentLines().begin("VCALENDAR")
                .property("PRODID", "-//Road Map platform//meetings-service//EN")
                .property("VERSION", "2.0")
                .property("CALSCALE", "GREGORIAN")
                .property("METHOD", "PUBLISH")
                .text("NAME", name)
                .text("X-WR-CALNAME", name)
                .property("REFRESH-INTERVAL;VALUE=DURATION", refresh)
                .property("X-PUBLISHED-TTL", refresh);
        events.zones().forEach(zone -> calendar.lines(timeZones.computeIfAbsent(zone,
                id -> registry.getTimeZone(id).getVTimeZone().toString())));
        return calendar.append(events.lines()).end("VCALENDAR").text();
    }

    /** The VEVENTs written so far, the zones they name, and the DTSTAMP of each (when the feed was written). */
    private record Events(ContentLines lines, Set<String> zones, Instant stamp) {

        /** Begins a VEVENT with the properties every one has. */
        ContentLines begin(String summary, ZonedDateTime start, ZonedDateTime end, String uid) {
            zones.add(start.getZone().getId());
            return lines.begin("VEVENT").utc("DTSTAMP", stamp).dateTime("DTSTART", start).dateTime("DTEND", end)
                    .text("SUMMARY", summary).property("UID", uid);
        }
    }

    /** An instance of a recurring event written as a VEVENT of its own, at its RECURRENCE-ID. */
    private record OverriddenInstance(Occurrence meeting, ZonedDateTime recurrenceId) {
    }

    private void write(MeetingSeries series, Instant now, Events events) {
        // a series that ends (with its road map) is written to its end, each meeting at its venue, and its rules
        // carry UNTIL, so a calendar client expands nothing the feed does not list
        LocalDateTime horizon = series.endsBefore() != null ? series.endsBefore()
                : LocalDateTime.ofInstant(now.plus(HORIZON), ZoneOffset.UTC);
        Set<String> inStretches = new HashSet<>();
        series.instancesBefore(horizon).forEach((recurrence, meetings) -> {
            if (!meetings.isEmpty()) {
                recurring(series, recurrence, meetings, horizon, events);
                meetings.stream().filter(Recurrence.Meeting::stored).forEach(m -> inStretches.add(m.occurrence().id()));
            }
        });
        // a meeting of a stretch a change of timing dropped is the next stretch's meeting of its number, if it has one
        for (Occurrence o : series.occurrences()) {
            if (!inStretches.contains(o.id()) && (!o.fromRule()
                    || series.recurrences().stream().noneMatch(r -> r.number() == o.recurrence()))) {
                single(series, o, uid(o.id()), null, events);
            }
        }
    }

    /** The recurring event of one stretch, and its overrides; {@code meetings} are those before {@code horizon}. */
    private void recurring(MeetingSeries series, Recurrence recurrence, List<Recurrence.Meeting> meetings,
            LocalDateTime horizon, Events events) {
        ZoneId zone = recurrence.zone();
        List<Venue> venues = recurrence.venueRule() == null ? List.of() : recurrence.venueRule().venues();
        List<LocalDateTime> cancelled = new ArrayList<>();
        List<OverriddenInstance> overrides = new ArrayList<>();
        for (Recurrence.Meeting meeting : meetings) {
            Occurrence o = meeting.occurrence();
            LocalDateTime nominal = meeting.instance().nominal();
            if (meeting.stored() && o.status() == OccurrenceStatus.CANCELLED) {
                cancelled.add(nominal);
            } else if (meeting.stored() // it differs from its rule, or its venue is not the rule's one venue in its zone
                    || o.venue() != null
                    && (!o.venue().timeZone().equals(zone.getId()) || venues.size() != 1)) {
                overrides.add(new OverriddenInstance(o, nominal.atZone(zone)));
            }
        }
        List<Recurrence.Instance> instances = meetings.stream().map(Recurrence.Meeting::instance).toList();
        ZonedDateTime start = instances.get(0).nominal().atZone(zone);
        String uid = uid(series.id() + "-r" + recurrence.number());
        // each cancellation adds an EXDATE to the recurring event, a revision calendar clients take only with
        // a higher SEQUENCE; a cancelled meeting stays cancelled, so the count only grows
        long cancellations = series.occurrences().stream().filter(o -> Integer.valueOf(recurrence.number())
                .equals(o.recurrence()) && o.status() == OccurrenceStatus.CANCELLED).count();
        // the rule's parts in ical4j's order (FREQ first, then UNTIL or COUNT), as the feed has always had them
        Recur<ZonedDateTime> rule = new Recur<>(rule(recurrence, instances, horizon, series.endsBefore()));
        ContentLines lines = events.begin(series.title(), start, start.plus(recurrence.duration()), uid)
                .property("RRULE", rule.toString())
                .property("SEQUENCE", String.valueOf(recurrence.sequence() + cancellations))
                .property("STATUS", "TENTATIVE");
        if (venues.size() == 1) {
            lines.text("LOCATION", location(venues.get(0)));
        }
        if (!cancelled.isEmpty()) {
            lines.dateTimes("EXDATE", zone, cancelled);
        }
        lines.end("VEVENT");
        overrides.forEach(o -> single(series, o.meeting(), uid, o.recurrenceId(), events));
    }

    /** A meeting of its own, or (with {@code recurrenceId}) one instance of a recurring event overridden. */
    private void single(MeetingSeries series, Occurrence o, String uid, ZonedDateTime recurrenceId, Events events) {
        ZoneId zone = o.venue() != null ? o.venue().zone() : ZoneId.of(series.timeZone());
        ContentLines lines = events.begin(series.title(), o.start().atZone(zone), o.end().atZone(zone), uid);
        if (recurrenceId != null) {
            lines.dateTime("RECURRENCE-ID", recurrenceId);
        }
        lines.property("SEQUENCE", String.valueOf(o.sequence())).property("STATUS", switch (o.status()) {
            case PLANNED -> "TENTATIVE";
            case CANCELLED -> "CANCELLED";
            default -> "CONFIRMED";
        });
        if (o.venue() != null) {
            lines.text("LOCATION", location(o.venue()));
        }
        lines.end("VEVENT");
    }

    /**
     * The rule of one stretch: bounded by UNTIL (in UTC, as RFC 5545 wants with a TZID) where a later stretch
     * takes over or the series ends ({@code seriesEnd}, wall-clock; absent: never). {@code instances} are the
     * stretch's instances before {@code horizon}.
     */
    private static String rule(Recurrence recurrence, List<Recurrence.Instance> instances, LocalDateTime horizon,
            LocalDateTime seriesEnd) {
        Recurrence.Instance first = instances.get(0);
        int skipped = RecurrenceRules.instances(recurrence.rule(), recurrence.firstStart(), recurrence.firstStart(),
                first.nominal()).size();
        String rule = skipped > 0 ? RecurrenceRules.withRemainingCount(recurrence.rule(), skipped) : recurrence.rule();
        LocalDateTime end = recurrence.until() == null ? seriesEnd
                : seriesEnd != null && seriesEnd.isBefore(recurrence.until()) ? seriesEnd : recurrence.until();
        if (end == null || recurrence.until() == null && !recursFrom(recurrence, end)) {
            return rule;
        }
        // the horizon is the series' end where it has one: expanding the rule again is needed only for a later
        // stretch taking over beyond the horizon of a series without end
        List<Recurrence.Instance> all = end.isAfter(horizon) ? recurrence.instancesBefore(end) : instances;
        LocalDateTime last = first.nominal();
        for (Recurrence.Instance instance : all) {
            if (instance.nominal().isBefore(end)) {
                last = instance.nominal();
            }
        }
        String bounded = java.util.Arrays.stream(rule.split(";"))
                .filter(part -> !part.startsWith("UNTIL=") && !part.startsWith("COUNT="))
                .collect(Collectors.joining(";"));
        return bounded + ";UNTIL=" + last.atZone(recurrence.zone()).withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** Whether the stretch's rule (COUNT and UNTIL included) has an instance at or after {@code end}. */
    private static boolean recursFrom(Recurrence recurrence, LocalDateTime end) {
        return !RecurrenceRules.parse(recurrence.rule()).getDates(recurrence.firstStart(), end, end.plusYears(1000), 1)
                .isEmpty();
    }

    private String location(Venue venue) {
        return parties.of(venue.country()).map(p -> venue.city() + ", " + p.name()).orElse(venue.city());
    }

    private String uid(String id) {
        return id + "@" + properties.calendarDomain();
    }
}
