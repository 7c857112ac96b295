package org.roadmap.meetings.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.roadmap.events.ListLimits;
import org.roadmap.meetings.config.MeetingsProperties;
import org.springframework.stereotype.Component;

/**
 * Checks a series' definition against the rules a schedule must keep, naming the field at fault:
 * an RFC 5545 rule whose DTSTART is one of its instances, an IANA zone, a positive duration,
 * venues in the road map's parties, and a cadence; fills in what follows from the rest.
 */
@Component
class SeriesDefinitions {

    private final Parties parties;
    private final MeetingsProperties properties;

    SeriesDefinitions(Parties parties, MeetingsProperties properties) {
        this.parties = parties;
        this.properties = properties;
    }

    Parties parties() {
        return parties;
    }

    NewSeries checked(NewSeries n, String idempotencyKey) {
        String id = n.id() != null ? n.id()
                : idempotencyKey != null ? UUID.nameUUIDFromBytes(("series:" + idempotencyKey).getBytes()).toString()
                : UUID.randomUUID().toString();
        requireServable(n.commitments());
        VenueRule venueRule = venueRule(n.roadMapId(), n.venueRule());
        String zone = n.timeZone() != null ? Parties.zone("timeZone", n.timeZone()).getId()
                : venueRule.venues().isEmpty() ? null : venueRule.venues().get(0).timeZone();
        if (zone == null) {
            throw new ScheduleRejectedException("timeZone", "is required when the series has no venue");
        }
        String rule = null;
        if (n.rule() != null) {
            rule = rule(n.rule(), n.firstStart());
            if (n.durationMinutes() == null) {
                throw new ScheduleRejectedException("duration", "is required with a recurrence");
            }
        }
        requireBeforeEnd(rule == null ? null : n.firstStart(), lastDay(n.cadence()));
        CadenceRule cadence = cadence(n.cadence(), rule, n.firstStart());
        return new NewSeries(id, n.roadMapId(), n.title().strip(), n.organiser() == null ? null : n.organiser().strip(),
                n.description(), List.copyOf(n.commitments()), zone, n.durationMinutes(), rule, n.firstStart(),
                venueRule, cadence);
    }

    SeriesUpdate checked(MeetingSeries current, SeriesUpdate u) {
        requireServable(u.commitments());
        VenueRule venueRule = u.venueRule() == null ? null : venueRule(current.roadMapId(), u.venueRule());
        String zone = u.timeZone() == null ? null : Parties.zone("timeZone", u.timeZone()).getId();
        var recurrence = u.recurrence();
        if (recurrence != null && recurrence.isPresent()) {
            SeriesUpdate.RuleChange change = recurrence.get();
            LocalDateTime first = change.firstStart() != null ? change.firstStart() : current.firstStart();
            String rule = rule(change.rule() != null ? change.rule() : current.rule(), first);
            recurrence = java.util.Optional.of(new SeriesUpdate.RuleChange(rule, first));
            if (u.durationMinutes() == null && current.durationMinutes() == null) {
                throw new ScheduleRejectedException("duration", "is required with a recurrence");
            }
        }
        CadenceRule cadence = u.cadence() == null ? null : cadence(u.cadence(), current.rule(), current.firstStart());
        if (recurrence != null && recurrence.isPresent()) {
            requireBeforeEnd(recurrence.get().firstStart(), lastDay(cadence != null ? cadence : current.cadence()));
        }
        if (cadence != null) {
            requireNoMeetingAfter(current, cadence);
        }
        return new SeriesUpdate(u.title() == null ? null : u.title().strip(), u.organiser(), u.description(),
                u.commitments(), zone, u.durationMinutes(), recurrence, venueRule, cadence);
    }

    private String rule(String text, LocalDateTime firstStart) {
        if (text == null) {
            throw new ScheduleRejectedException("recurrence.rule", "is required with a recurrence");
        }
        if (text.toUpperCase(java.util.Locale.ROOT).contains("DTSTART")) {
            throw new ScheduleRejectedException("recurrence.rule", "must be the RRULE value only; give DTSTART as recurrence.firstStart");
        }
        String rule = RecurrenceRules.normalised(text);
        RecurrenceRules.parse(rule);
        if (firstStart == null) {
            throw new ScheduleRejectedException("recurrence.firstStart", "is required with a rule: the wall-clock start of the first meeting");
        }
        if (!RecurrenceRules.startsOnRule(rule, firstStart)) {
            throw new ScheduleRejectedException("recurrence.firstStart",
                    "must be an instance of the rule itself (RFC 5545 DTSTART): " + firstStart + " is not");
        }
        return rule;
    }

    /** A series ends with its road map: its rule cannot start after the series' last day. */
    private static void requireBeforeEnd(LocalDateTime firstStart, LocalDate lastDay) {
        if (firstStart != null && firstStart.toLocalDate().isAfter(lastDay)) {
            throw new ScheduleRejectedException("recurrence.firstStart", "is after " + lastDay
                    + ", the last day of the series (it ends with its road map); set cadence.lastDay to meet later");
        }
    }

    /** The series' last day: as asked, else the road map's. */
    private LocalDate lastDay(CadenceRule cadence) {
        return cadence != null && cadence.lastDay() != null ? cadence.lastDay() : properties.roadMapEnd();
    }

    /** Ending a series earlier must not leave a meeting after its end: cancel or move that one first. */
    private static void requireNoMeetingAfter(MeetingSeries current, CadenceRule cadence) {
        if (cadence.lastDay() == null) {
            return;
        }
        current.occurrences().stream()
                .filter(o -> o.status().takesPlace() && o.venue() != null)
                .filter(o -> o.start().atZone(o.venue().zone()).toLocalDate().isAfter(cadence.lastDay()))
                .findFirst()
                .ifPresent(o -> {
                    throw new ScheduleRejectedException("cadence.lastDay", "meeting " + o.id() + " is on "
                            + o.start().atZone(o.venue().zone()).toLocalDate() + ", after " + cadence.lastDay()
                            + ": cancel or move it first");
                });
    }

    /**
     * As many commitments as every way in takes (the API, an offer from a confirmed import): the series' events carry
     * them all, and the other services keep them.
     */
    private static void requireServable(List<String> commitments) {
        if (commitments != null && commitments.size() > ListLimits.SERIES_COMMITMENTS) {
            throw new ScheduleRejectedException("commitments", "a series serves at most "
                    + ListLimits.SERIES_COMMITMENTS + " commitments");
        }
    }

    private VenueRule venueRule(String roadMapId, VenueRule requested) {
        if (requested == null) {
            return VenueRule.perOccurrence();
        }
        String kind = requested.kind();
        if (!List.of(VenueRule.FIXED, VenueRule.ALTERNATING, VenueRule.PER_OCCURRENCE).contains(kind)) {
            throw new ScheduleRejectedException("venue.rule", "must be fixed, alternating or per-occurrence");
        }
        if (requested.venues().size() > ListLimits.VENUES) {
            throw new ScheduleRejectedException("venue.venues", "a series has at most " + ListLimits.VENUES
                    + " venues");
        }
        List<Venue> venues = new ArrayList<>();
        for (int i = 0; i < requested.venues().size(); i++) {
            Venue v = requested.venues().get(i);
            if (v == null) {
                throw new ScheduleRejectedException("venue.venues[" + i + "]", "must be a venue");
            }
            venues.add(parties.venue("venue.venues[" + i + "]", roadMapId, v.city(), v.country(), v.timeZone()));
        }
        if (VenueRule.FIXED.equals(kind) && venues.size() != 1) {
            throw new ScheduleRejectedException("venue.venues", "a fixed venue rule names exactly one venue");
        }
        if (VenueRule.ALTERNATING.equals(kind) && venues.size() < 2) {
            throw new ScheduleRejectedException("venue.venues", "an alternating venue rule names the venues in turn, at least two");
        }
        if (VenueRule.ALTERNATING.equals(kind) && venues.stream().map(Venue::country).distinct().count() < 2) {
            throw new ScheduleRejectedException("venue.venues", "an alternating venue rule alternates between the parties");
        }
        if (VenueRule.PER_OCCURRENCE.equals(kind) && !venues.isEmpty()) {
            throw new ScheduleRejectedException("venue.venues", "a per-occurrence venue rule names no venues");
        }
        return new VenueRule(kind, venues);
    }

    /** The cadence as given, or what the rule implies: yearly → annual, every two years → biennial, else periodic. */
    private CadenceRule cadence(CadenceRule requested, String rule, LocalDateTime firstStart) {
        String kind = requested != null && requested.kind() != null ? requested.kind() : implied(rule);
        if (!List.of(CadenceRule.ANNUAL, CadenceRule.BIENNIAL, CadenceRule.PERIODIC).contains(kind)) {
            throw new ScheduleRejectedException("cadence.kind", "must be annual, biennial or periodic");
        }
        LocalDate first = requested != null && requested.firstPeriod() != null ? requested.firstPeriod()
                : firstStart != null ? LocalDate.of(firstStart.getYear(), 1, 1) : null;
        LocalDate last = lastDay(requested);
        if (!CadenceRule.PERIODIC.equals(kind) && first == null) {
            throw new ScheduleRejectedException("cadence.firstPeriod", "is required for an annual or biennial cadence without a recurrence");
        }
        if (first != null && last.isBefore(first)) {
            throw new ScheduleRejectedException("cadence.lastDay", "must not be before cadence.firstPeriod");
        }
        return new CadenceRule(kind, first, last);
    }

    private static String implied(String rule) {
        if (rule == null) {
            return CadenceRule.PERIODIC;
        }
        Recur<LocalDateTime> recur = RecurrenceRules.parse(rule);
        if (recur.getFrequency() != Frequency.YEARLY) {
            return CadenceRule.PERIODIC;
        }
        int interval = Math.max(1, recur.getInterval());
        return interval == 1 ? CadenceRule.ANNUAL : interval == 2 ? CadenceRule.BIENNIAL : CadenceRule.PERIODIC;
    }
}
