package org.roadmap.meetings.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
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
 * ical4j's registry; the calendar carries REFRESH-INTERVAL (RFC 7986) so subscribers poll it.
 */
@Component
public class CalendarFeeds {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    /** Overrides for venues in another zone are written this far ahead of now for rules without an end. */
    private static final Duration HORIZON = Duration.ofDays(366 * 2);

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final MeetingsProperties properties;
    private final Parties parties;

    public CalendarFeeds(MeetingsProperties properties, Parties parties) {
        this.properties = properties;
        this.parties = parties;
    }

    /** The feed of {@code series}, named {@code name}, as text. */
    public String feed(String name, List<MeetingSeries> series, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Road Map platform//meetings-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method("PUBLISH"));
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), properties.feedRefresh()));
        calendar.add(new XProperty("X-PUBLISHED-TTL", properties.feedRefresh().toString()));
        Set<String> used = new LinkedHashSet<>();
        List<VEvent> events = new ArrayList<>();
        for (MeetingSeries s : series) {
            events.addAll(events(s, now, used));
        }
        used.forEach(zone -> calendar.add(zones.getTimeZone(zone).getVTimeZone()));
        events.forEach(calendar::add);
        return calendar.toString();
    }

    private List<VEvent> events(MeetingSeries series, Instant now, Set<String> used) {
        List<VEvent> events = new ArrayList<>();
        Map<String, Occurrence> stored = new HashMap<>();
        series.occurrences().forEach(o -> stored.put(o.id(), o));
        // a series that ends (with its road map) is written to its end, each meeting at its venue, and its rules
        // carry UNTIL, so a calendar client expands nothing the feed does not list
        LocalDateTime horizon = series.endsBefore() != null ? series.endsBefore()
                : LocalDateTime.ofInstant(now.plus(HORIZON), ZoneOffset.UTC);
        // each meeting as the series places it: at its venue's turn where venues alternate
        Map<String, Occurrence> placed = new HashMap<>();
        series.occurrencesBetween(Instant.EPOCH, horizon.plusDays(1).toInstant(ZoneOffset.UTC))
                .forEach(o -> placed.put(o.id(), o));
        for (Recurrence recurrence : series.recurrences()) {
            List<Recurrence.Instance> instances = recurrence.instancesBefore(horizon);
            if (instances.isEmpty()) {
                continue;
            }
            events.addAll(recurring(series, recurrence, instances, stored, placed, used));
        }
        for (Occurrence o : series.occurrences()) {
            if (!o.fromRule() || series.recurrences().stream().noneMatch(r -> r.number() == o.recurrence())) {
                events.add(single(series, o, uid(o.id()), null, used));
            }
        }
        return events;
    }

    private List<VEvent> recurring(MeetingSeries series, Recurrence recurrence, List<Recurrence.Instance> instances,
            Map<String, Occurrence> stored, Map<String, Occurrence> placed, Set<String> used) {
        ZoneId zone = recurrence.zone();
        used.add(zone.getId());
        Recurrence.Instance first = instances.get(0);
        ZonedDateTime start = first.nominal().atZone(zone);
        VEvent master = new VEvent(start, start.plus(recurrence.duration()), series.title());
        String uid = uid(series.id() + "-r" + recurrence.number());
        master.add(new Uid(uid));
        master.add(new RRule<ZonedDateTime>(new Recur<>(rule(recurrence, first, series.endsBefore()))));
        // each cancellation adds an EXDATE to the recurring event, a revision calendar clients take only with
        // a higher SEQUENCE; a cancelled meeting stays cancelled, so the count only grows
        long cancellations = series.occurrences().stream().filter(o -> Integer.valueOf(recurrence.number())
                .equals(o.recurrence()) && o.status() == OccurrenceStatus.CANCELLED).count();
        master.add(new Sequence((int) (recurrence.sequence() + cancellations)));
        master.add(new Status(Status.VALUE_TENTATIVE));
        List<Venue> venues = recurrence.venueRule() == null ? List.of() : recurrence.venueRule().venues();
        if (venues.size() == 1) {
            master.add(new Location(location(venues.get(0))));
        }
        List<VEvent> events = new ArrayList<>();
        events.add(master);
        List<String> cancelled = new ArrayList<>();
        for (Recurrence.Instance instance : instances) {
            String id = MeetingSeries.occurrenceId(series.id(), instance.ordinal());
            Occurrence o = stored.get(id);
            if (o != null && o.status() == OccurrenceStatus.CANCELLED) {
                cancelled.add(instance.nominal().format(LOCAL));
                continue;
            }
            Occurrence actual = o != null ? o : placed.getOrDefault(id, series.planned(recurrence, instance));
            boolean differs = o != null || actual.venue() != null
                    && (!actual.venue().zone().equals(zone) || venues.size() != 1);
            if (differs) {
                events.add(single(series, actual, uid, instance.nominal().atZone(zone), used));
            }
        }
        if (!cancelled.isEmpty()) {
            master.add(new ExDate<ZonedDateTime>(new ParameterList(List.of(new TzId(zone.getId()))),
                    String.join(",", cancelled)));
        }
        return events;
    }

    /** A meeting of its own, or (with {@code recurrenceId}) one instance of a recurring event overridden. */
    private VEvent single(MeetingSeries series, Occurrence o, String uid, ZonedDateTime recurrenceId, Set<String> used) {
        ZoneId zone = o.venue() != null ? o.venue().zone() : ZoneId.of(series.timeZone());
        used.add(zone.getId());
        VEvent event = new VEvent(o.start().atZone(zone), o.end().atZone(zone), series.title());
        event.add(new Uid(uid));
        if (recurrenceId != null) {
            event.add(new RecurrenceId<ZonedDateTime>(new ParameterList(List.of(new TzId(recurrenceId.getZone().getId()))),
                    recurrenceId.toLocalDateTime().format(LOCAL)));
        }
        event.add(new Sequence(o.sequence()));
        event.add(new Status(switch (o.status()) {
            case PLANNED -> Status.VALUE_TENTATIVE;
            case CANCELLED -> Status.VALUE_CANCELLED;
            default -> Status.VALUE_CONFIRMED;
        }));
        if (o.venue() != null) {
            event.add(new Location(location(o.venue())));
        }
        return event;
    }

    /**
     * The rule of one stretch: bounded by UNTIL (in UTC, as RFC 5545 wants with a TZID) where a later stretch
     * takes over or the series ends ({@code seriesEnd}, wall-clock; absent: never).
     */
    private static String rule(Recurrence recurrence, Recurrence.Instance first, LocalDateTime seriesEnd) {
        int skipped = RecurrenceRules.instances(recurrence.rule(), recurrence.firstStart(), recurrence.firstStart(),
                first.nominal()).size();
        String rule = skipped > 0 ? RecurrenceRules.withRemainingCount(recurrence.rule(), skipped) : recurrence.rule();
        LocalDateTime end = recurrence.until() == null ? seriesEnd
                : seriesEnd != null && seriesEnd.isBefore(recurrence.until()) ? seriesEnd : recurrence.until();
        if (end == null || recurrence.until() == null && !recursFrom(recurrence, end)) {
            return rule;
        }
        List<Recurrence.Instance> all = recurrence.instancesBefore(end);
        LocalDateTime last = all.isEmpty() ? first.nominal() : all.get(all.size() - 1).nominal();
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
