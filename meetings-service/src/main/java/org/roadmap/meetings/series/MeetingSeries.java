package org.roadmap.meetings.series;

import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.FieldChanges;
import org.roadmap.platform.aggregate.HistoryValues;
import org.roadmap.platform.aggregate.TransitionRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recurring bilateral meeting, e.g. the biennial Japan–Peru Political Dialogue Mechanism: its
 * recurrence, time zone, duration, organiser, venue rule, the commitments it serves (by road map
 * reference), the cadence the road map asks of it, and its occurrences.
 * <p>
 * Immutable: each change returns the next state with {@link #version} incremented and
 * {@link Change}s appended to {@link #history}; the messaging adapter turns them into integration
 * events stored in the same write. A change to the series applies from now on: the stretch of the
 * recurrence before now is kept as it was ({@link Recurrence}), so the past is never rewritten.
 *
 * @param commitments road map references of the commitments it serves, e.g. {@code I.2}, {@code I.5}
 * @param timeZone    zone of the series' recurrence and of its cadence periods
 * @param rule        the current RRULE, absent when meetings are scheduled one by one
 * @param firstStart  DTSTART of the current rule (wall-clock)
 * @param recurrences every stretch of the recurrence, oldest first
 * @param occurrences the occurrences that differ from their rule, and those scheduled by hand
 * @param alerts      cadence periods already reported at risk, as {@code <period start>:<reason>}
 * @param announcedUntil meetings of the rule starting before this instant have been announced to the other
 *                    services ({@link Announcements}); absent: none
 * @param requests    recent Idempotency-Keys of changes, newest last
 */
@Document("meeting_series")
public record MeetingSeries(
        @Id String id,
        String roadMapId,
        String title,
        String organiser,
        String description,
        List<String> commitments,
        String timeZone,
        Integer durationMinutes,
        VenueRule venueRule,
        String rule,
        LocalDateTime firstStart,
        CadenceRule cadence,
        List<Recurrence> recurrences,
        List<Occurrence> occurrences,
        List<String> alerts,
        Instant announcedUntil,
        List<RequestKey> requests,
        List<Change> history,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int KEPT_REQUEST_KEYS = 50;

    public MeetingSeries {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        recurrences = recurrences == null ? List.of() : List.copyOf(recurrences);
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        requests = requests == null ? List.of() : List.copyOf(requests);
        history = history == null ? List.of() : List.copyOf(history);
    }

    static MeetingSeries create(NewSeries n, Instant now, String actor) {
        List<Recurrence> recurrences = n.rule() == null ? List.of()
                : List.of(new Recurrence(1, n.rule(), n.firstStart(), n.timeZone(), n.durationMinutes(), n.venueRule(),
                        null, null, 0, 0));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("title", n.title());
        created.put("rule", n.rule());
        created.put("firstStart", HistoryValues.of(n.firstStart()));
        return new MeetingSeries(n.id(), n.roadMapId(), n.title(), n.organiser(), n.description(), n.commitments(),
                n.timeZone(), n.durationMinutes(), n.venueRule(), n.rule(), n.firstStart(), n.cadence(), recurrences,
                List.of(), List.of(), null, List.of(), List.of(Change.of(SeriesChangeKind.CREATED, now, actor, 1, null, created)), 1,
                now, actor, now);
    }

    // ------------------------------------------------------------------ queries

    /** Occurrences starting in {@code [from, to)}, in start order, cancelled ones included. */
    public List<Occurrence> occurrencesBetween(Instant from, Instant to) {
        return Schedule.between(this, from, to);
    }

    public Optional<Occurrence> occurrence(String occurrenceId) {
        return Schedule.find(this, occurrenceId);
    }

    /** The occurrence an instance of a stretch of the recurrence is when nothing overrides it. */
    public Occurrence planned(Recurrence recurrence, Recurrence.Instance instance) {
        return Schedule.planned(this, recurrence, instance);
    }

    /** The changes made by the write that produced {@link #version}. */
    public List<Change> latestChanges() {
        return history.stream().filter(c -> c.version() == version).toList();
    }

    public Optional<RequestKey> request(String key) {
        return requests.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public Duration duration() {
        return durationMinutes == null ? null : Duration.ofMinutes(durationMinutes);
    }

    /**
     * A series ends with its road map: it has no meeting after its cadence's last day (by default the
     * road map's), so its recurrence stops at the start of the day after, wall-clock at each venue.
     * Absent for a series without a last day.
     */
    public LocalDateTime endsBefore() {
        return cadence == null || cadence.lastDay() == null ? null : cadence.lastDay().plusDays(1).atStartOfDay();
    }

    public static String occurrenceId(String seriesId, int ordinal) {
        return seriesId + "-" + (ordinal + 1);
    }

    /** The series an occurrence id belongs to: ids are {@code <series>-<n>} or {@code <series>-d<yyyymmdd>}. */
    public static String seriesIdOf(String occurrenceId) {
        int dash = occurrenceId.lastIndexOf('-');
        return dash <= 0 ? occurrenceId : occurrenceId.substring(0, dash);
    }

    static Integer ordinalOf(String seriesId, String occurrenceId) {
        String suffix = occurrenceId.startsWith(seriesId + "-") ? occurrenceId.substring(seriesId.length() + 1) : "";
        if (!suffix.matches("[1-9][0-9]{0,5}")) {
            return null;
        }
        return Integer.parseInt(suffix) - 1;
    }

    // ------------------------------------------------------------------ changes of the series

    MeetingSeries change(SeriesUpdate u, Instant now, String actor) {
        FieldChanges fields = new FieldChanges();
        Draft next = draft();
        next.title = fields.differs("title", u.title(), title);
        next.organiser = fields.differs("organiser", u.organiser(), organiser);
        String newDescription = fields.differsOrRemoved("description", u.description(), description);
        next.description = fields.changed("description") ? Optional.ofNullable(newDescription) : null;
        next.commitments = fields.differs("commitments", u.commitments(), commitments);
        next.cadence = fields.differs("cadence", u.cadence(), cadence);
        next.timeZone = fields.differs("timeZone", u.timeZone(), timeZone);
        next.durationMinutes = fields.differs("durationMinutes", u.durationMinutes(), durationMinutes);
        next.venueRule = fields.differs("venueRule", u.venueRule(), venueRule);
        boolean ruleRemoved = u.recurrence() != null && u.recurrence().isEmpty() && rule != null;
        if (ruleRemoved) {
            fields.record("rule", rule, null);
        } else if (u.recurrence() != null) {
            String newRule = u.recurrence().map(SeriesUpdate.RuleChange::rule).orElse(null);
            LocalDateTime newStart = u.recurrence().map(SeriesUpdate.RuleChange::firstStart).orElse(null);
            next.rule = fields.differs("rule", newRule, rule);
            next.firstStart = fields.differs("firstStart", newStart, firstStart);
        }
        if (fields.isEmpty()) {
            return this;
        }
        Map<String, Object> after = new LinkedHashMap<>(fields.after());
        if (u.changesTiming() && Stream.of("timeZone", "durationMinutes", "venueRule", "rule", "firstStart")
                .anyMatch(fields::changed)) {
            next.recurrences = recurrencesFrom(now, next, ruleRemoved);
            after.putAll(HistoryValues.fields(new EffectiveFrom(now, null)));
        }
        return next.commit(List.of(Change.of(SeriesChangeKind.CHANGED, now, actor, version + 1, fields.before(), after)),
                now);
    }

    /** Cuts every stretch at now and, if the series still recurs, continues with a stretch of the new settings. */
    private List<Recurrence> recurrencesFrom(Instant now, Draft next, boolean ruleRemoved) {
        LocalDateTime cut = LocalDateTime.ofInstant(now, java.time.ZoneId.of(timeZone));
        int ordinals = Schedule.ordinalsBefore(this, cut);
        List<Recurrence> kept = new ArrayList<>();
        for (Recurrence recurrence : recurrences) {
            if (!recurrence.startsAtOrAfter(cut)) {
                kept.add(recurrence.cutAt(cut));
            }
        }
        String newRule = ruleRemoved ? null : next.rule == null ? rule : next.rule;
        if (newRule != null) {
            String zone = next.timeZone == null ? timeZone : next.timeZone;
            LocalDateTime newCut = LocalDateTime.ofInstant(now, java.time.ZoneId.of(zone));
            kept.add(new Recurrence(nextRecurrenceNumber(), newRule,
                    next.firstStart == null ? firstStart : next.firstStart, zone,
                    next.durationMinutes == null ? durationMinutes : next.durationMinutes,
                    next.venueRule == null ? venueRule : next.venueRule, newCut, null, ordinals, 0));
        }
        return kept;
    }

    // ------------------------------------------------------------------ occurrences

    /**
     * Schedules a meeting by hand, e.g. a date for a cadence period of a series without a rule.
     *
     * @param period the label of the cadence period it is for ({@code 2027-2028}); absent: any
     */
    MeetingSeries schedule(MeetingTime start, MeetingTime end, Venue venue, String period, Instant now, String actor) {
        boolean byTurn = venue == null && VenueRule.ALTERNATING.equals(venueRule.kind());
        Venue at = venue != null ? venue : byTurn ? turnAt(start) : venueRule.venueFor(0).orElseThrow(() ->
                new ScheduleRejectedException("venue", "this series agrees its venue per meeting: name the venue"));
        Instant startAt = start.at(at.zone());
        Instant endAt = endOf(startAt, end, at, durationMinutes == null ? null : Duration.ofMinutes(durationMinutes));
        LocalDateTime local = LocalDateTime.ofInstant(startAt, at.zone());
        requireWithinSeries(local);
        if (period != null) {
            CadenceRule.Period wanted = cadence == null ? null : cadence.periods().stream()
                    .filter(p -> p.label().equals(period) || p.start().toString().equals(period)).findFirst().orElse(null);
            if (wanted == null) {
                throw new ScheduleRejectedException("period", "is not a cadence period of this series");
            }
            if (!wanted.contains(local.toLocalDate())) {
                throw new ScheduleRejectedException("start", "is not within period " + wanted.label());
            }
        }
        String id = freeId(id() + "-d" + local.format(DAY));
        Optional<Occurrence> same = occurrences.stream()
                .filter(o -> !o.fromRule() && o.start().equals(startAt) && o.venue().equals(at)).findFirst();
        if (same.isPresent()) {
            return this;
        }
        Occurrence scheduled = new Occurrence(id, null, null, local, startAt, endAt, at, OccurrenceStatus.CONFIRMED, 0,
                null, List.of(), List.of(), null, now, actor, byTurn);
        Draft next = draft();
        next.occurrences = with(scheduled);
        return next.commit(List.of(occurrenceChange(SeriesChangeKind.OCCURRENCE_SCHEDULED, scheduled, null, now, actor)), now);
    }

    MeetingSeries confirm(String occurrenceId, Instant now, String actor) {
        Occurrence current = find(occurrenceId);
        if (current.status() == OccurrenceStatus.CONFIRMED) {
            return this;
        }
        refuseUnless(current, OccurrenceStatus.PLANNED, "confirmed");
        requireVenue(current);
        Occurrence confirmed = current.withStatus(OccurrenceStatus.CONFIRMED, null, now, actor);
        Draft next = draft();
        next.occurrences = with(confirmed);
        return next.commit(List.of(occurrenceChange(SeriesChangeKind.OCCURRENCE_SCHEDULED, confirmed, null, now, actor)), now);
    }

    MeetingSeries cancel(String occurrenceId, String reason, Instant now, String actor) {
        Occurrence current = find(occurrenceId);
        if (current.status() == OccurrenceStatus.CANCELLED) {
            return this;
        }
        if (current.status() == OccurrenceStatus.HELD) {
            throw new TransitionRefusedException("status", "Meeting " + occurrenceId + " was held; it cannot be cancelled.");
        }
        Occurrence cancelled = current.withStatus(OccurrenceStatus.CANCELLED, reason, now, actor);
        Draft next = draft();
        next.occurrences = with(cancelled);
        return next.commit(List.of(occurrenceChange(SeriesChangeKind.OCCURRENCE_CANCELLED, cancelled, null, now, actor)), now);
    }

    MeetingSeries hold(String occurrenceId, List<String> agenda, List<String> outcomes, String minutes, Instant now,
            String actor) {
        Occurrence current = find(occurrenceId);
        List<String> heldAgenda = agenda == null || agenda.isEmpty() ? commitments : agenda;
        if (current.status() == OccurrenceStatus.HELD) {
            if (current.agenda().equals(heldAgenda) && current.outcomes().equals(outcomes == null ? List.of() : outcomes)) {
                return this;
            }
            throw new TransitionRefusedException("status", "Meeting " + occurrenceId + " is already recorded as held.");
        }
        if (current.status() == OccurrenceStatus.CANCELLED) {
            throw new TransitionRefusedException("status", "Meeting " + occurrenceId + " was cancelled; it cannot be held.");
        }
        if (current.start().isAfter(now)) {
            throw new TransitionRefusedException("start", "Meeting " + occurrenceId + " starts at " + current.start()
                    + "; it can be recorded as held once it has started. Move it first if it took place earlier.");
        }
        requireVenue(current);
        Occurrence held = current.held(heldAgenda, outcomes, minutes, now, actor);
        Draft next = draft();
        next.occurrences = with(held);
        return next.commit(List.of(occurrenceChange(SeriesChangeKind.OCCURRENCE_HELD, held, null, now, actor)), now);
    }

    /**
     * Moves one occurrence, or this one and every later one of its recurrence ({@code thisAndLater}:
     * the recurrence continues from the new time; later ones that were cancelled stay cancelled,
     * later ones that were moved or confirmed follow the rule again).
     */
    MeetingSeries move(String occurrenceId, MeetingTime start, MeetingTime end, Venue venue, boolean thisAndLater,
            Instant now, String actor) {
        Occurrence current = find(occurrenceId);
        if (current.status() == OccurrenceStatus.HELD || current.status() == OccurrenceStatus.CANCELLED) {
            throw new TransitionRefusedException("status", "Meeting " + occurrenceId + " is " + current.status().code()
                    + "; only planned or confirmed meetings move.");
        }
        Venue at = venue != null ? venue : current.venue();
        if (at == null) {
            throw new ScheduleRejectedException("venue", "this meeting has no venue yet: name the venue");
        }
        Instant startAt = start.at(at.zone());
        Instant endAt = endOf(startAt, end, at, Duration.between(current.start(), current.end()));
        requireWithinSeries(LocalDateTime.ofInstant(startAt, at.zone()));
        if (!thisAndLater) {
            if (startAt.equals(current.start()) && endAt.equals(current.end()) && at.equals(current.venue())) {
                return this;
            }
            Occurrence moved = current.moved(startAt, endAt, at, venue == null && current.venueByTurn(), now, actor);
            Draft next = draft();
            next.occurrences = with(moved);
            return next.commit(List.of(occurrenceChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, moved, current, now, actor)), now);
        }
        return moveThisAndLater(current, startAt, endAt, venue, now, actor);
    }

    private MeetingSeries moveThisAndLater(Occurrence current, Instant startAt, Instant endAt, Venue venue, Instant now,
            String actor) {
        if (!current.fromRule()) {
            throw new ScheduleRejectedException("scope", "meeting " + current.id()
                    + " was scheduled by hand; only meetings of a recurrence move with all later ones");
        }
        if (current.start().isBefore(now)) {
            throw new TransitionRefusedException("start", "Meeting " + current.id()
                    + " is in the past; moving it with all later ones would rewrite the past.");
        }
        Recurrence stretch = recurrences.stream().filter(r -> r.number() == current.recurrence()).findFirst().orElseThrow();
        VenueRule rule = stretch.venueRule();
        if (venue != null && !venue.equals(current.venue())) {
            if (rule != null && VenueRule.ALTERNATING.equals(rule.kind())) {
                throw new ScheduleRejectedException("venue", "venues alternate in this series: change the venue of"
                        + " single meetings, or the series' venue rule");
            }
            rule = new VenueRule(VenueRule.FIXED, List.of(venue));
        }
        java.time.ZoneId zone = venue != null ? venue.zone() : current.venue() != null ? current.venue().zone() : stretch.zone();
        LocalDateTime newFirst = LocalDateTime.ofInstant(startAt, zone);
        int used = current.ordinal() - stretch.ordinalOffset();
        // later meetings follow the date asked for, or the move is refused: it never lands elsewhere
        String movedRule = MovedRule.startingAt(RecurrenceRules.withRemainingCount(stretch.rule(), used),
                current.nominal(), newFirst);
        List<Recurrence> next = new ArrayList<>();
        for (Recurrence r : recurrences) {
            if (r.number() == stretch.number()) {
                next.add(r.cutAt(current.nominal()));
            } else if (r.ordinalOffset() < current.ordinal()) {
                next.add(r);
            }
        }
        Recurrence continued = new Recurrence(nextRecurrenceNumber(), movedRule, newFirst, stretch.timeZone(),
                (int) Duration.between(startAt, endAt).toMinutes(), rule, null, null, current.ordinal(), 0);
        next.add(continued);
        Draft draft = draft();
        draft.recurrences = next;
        List<Change> changes = new ArrayList<>();
        List<Occurrence> kept = new ArrayList<>();
        for (Occurrence o : occurrences) {
            boolean later = o.fromRule() && o.ordinal() >= current.ordinal();
            if (!later || o.status() == OccurrenceStatus.CANCELLED || o.status() == OccurrenceStatus.HELD) {
                kept.add(o);
            }
        }
        draft.occurrences = kept;
        MeetingSeries moved = draft.build(version + 1, now, List.of());
        Occurrence first = moved.occurrence(current.id()).orElseThrow();
        if (current.status() == OccurrenceStatus.CONFIRMED) {
            Occurrence confirmed = first.withStatus(OccurrenceStatus.CONFIRMED, null, now, actor);
            draft.occurrences = new ArrayList<>(kept);
            draft.occurrences.add(confirmed);
            first = confirmed;
        }
        FieldChanges fields = new FieldChanges();
        fields.record("rule", stretch.rule(), continued.rule());
        fields.record("firstStart", stretch.firstStart(), newFirst);
        Map<String, Object> after = new LinkedHashMap<>(fields.after());
        after.putAll(HistoryValues.fields(new EffectiveFrom(now, current.id())));
        changes.add(Change.of(SeriesChangeKind.CHANGED, now, actor, version + 1, fields.before(), after));
        changes.add(occurrenceChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, first, current, now, actor));
        for (Occurrence o : occurrences) {
            if (o.fromRule() && o.ordinal() > current.ordinal() && o.status() == OccurrenceStatus.CONFIRMED) {
                Occurrence follows = draft.build(version + 1, now, List.of()).occurrence(o.id()).orElseThrow();
                changes.add(occurrenceChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, follows, o, now, actor));
            }
        }
        draft.firstStart = newFirst;
        draft.rule = continued.rule();
        return draft.commit(changes, now);
    }

    // ------------------------------------------------------------------ cadence alerts and request keys

    /** Records that a cadence period was reported at risk, once per period and reason. */
    MeetingSeries alert(PeriodAtRisk period, Instant now) {
        if (alerts.contains(period.key())) {
            return this;
        }
        Draft next = draft();
        next.alerts = new ArrayList<>(alerts);
        next.alerts.add(period.key());
        return next.commit(List.of(Change.of(SeriesChangeKind.CADENCE_PERIOD_AT_RISK, now, "cadence-watch",
                version + 1, null, period)), now);
    }

    /**
     * This state with announcements made up to {@code until}: their changes join the write that produced
     * this state, or ({@code ownWrite}) make a write of their own.
     */
    MeetingSeries announced(List<Change> changes, Instant until, boolean ownWrite, Instant now) {
        Draft next = draft();
        next.announcedUntil = until;
        return ownWrite ? next.commit(changes, now) : next.build(version, updatedAt, changes);
    }

    /** This state with {@code turned} (meetings moved to their venue's turn) as changes of the write that produced it. */
    MeetingSeries inTurn(List<Occurrence> turned, Instant now, String actor) {
        List<Occurrence> next = new ArrayList<>(occurrences);
        List<Change> changes = new ArrayList<>();
        for (Occurrence o : turned) {
            Occurrence was = find(o.id());
            Occurrence moved = was.moved(o.start(), o.end(), o.venue(), true, now, actor);
            next.replaceAll(stored -> stored.id().equals(o.id()) ? moved : stored);
            changes.add(meetingChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, moved, was, version, now, actor));
        }
        Draft draft = draft();
        draft.occurrences = next;
        return draft.build(version, updatedAt, changes);
    }

    /** Meetings starting before {@code to} whose named venue breaks the alternation, each with the meeting before it. */
    public Map<String, Occurrence> outOfTurn(Instant to) {
        return Schedule.walk(this, to).outOfTurn();
    }

    MeetingSeries rememberRequest(RequestKey key) {
        Draft next = draft();
        List<RequestKey> kept = new ArrayList<>(requests);
        kept.add(key);
        next.requests = kept.size() > KEPT_REQUEST_KEYS ? kept.subList(kept.size() - KEPT_REQUEST_KEYS, kept.size()) : kept;
        return next.build(version, updatedAt, List.of());
    }

    // ------------------------------------------------------------------ helpers

    private Occurrence find(String occurrenceId) {
        return occurrence(occurrenceId).orElseThrow(() -> new OccurrenceNotFoundException(occurrenceId));
    }

    /** {@code candidate}, or with a letter appended ({@code b}, {@code c} …) when a meeting that day has it. */
    private String freeId(String candidate) {
        java.util.Set<String> taken = new java.util.HashSet<>(occurrences.stream().map(Occurrence::id).toList());
        String free = candidate;
        for (char suffix = 'b'; taken.contains(free) && suffix <= 'z'; suffix++) {
            free = candidate + suffix;
        }
        return free;
    }

    /** The venue whose turn it is for a meeting scheduled by hand at {@code start}: after the meeting before it. */
    private Venue turnAt(MeetingTime start) {
        Instant roughly = start.at(java.time.ZoneOffset.UTC);
        List<Occurrence> before = occurrencesBetween(Instant.EPOCH, roughly).stream()
                .filter(o -> o.status().takesPlace() && o.venue() != null).toList();
        return Alternation.turnAfter(venueRule, before.isEmpty() ? null : before.get(before.size() - 1).venue());
    }

    private static Instant endOf(Instant start, MeetingTime end, Venue at, Duration fallback) {
        Instant endAt;
        if (end != null) {
            endAt = end.at(at.zone());
        } else if (fallback != null && !fallback.isZero()) {
            endAt = start.plus(fallback);
        } else {
            throw new ScheduleRejectedException("end", "is required: this series has no duration");
        }
        if (!endAt.isAfter(start)) {
            throw new ScheduleRejectedException("end", "must be after start");
        }
        if (Duration.between(start, endAt).compareTo(Duration.ofDays(14)) > 0) {
            throw new ScheduleRejectedException("end", "must be at most 14 days after start");
        }
        return endAt;
    }

    private void requireWithinSeries(LocalDateTime start) {
        LocalDateTime end = endsBefore();
        if (end != null && !start.isBefore(end)) {
            throw new ScheduleRejectedException("start", "is after " + cadence.lastDay() + ", the last day of this"
                    + " series (it ends with its road map); to meet later, extend the series' cadence.lastDay first");
        }
    }

    private static void requireVenue(Occurrence occurrence) {
        if (occurrence.venue() == null) {
            throw new TransitionRefusedException("venue", "Meeting " + occurrence.id()
                    + " has no venue yet: move it to its venue first.");
        }
    }

    private static void refuseUnless(Occurrence occurrence, OccurrenceStatus expected, String action) {
        if (occurrence.status() != expected) {
            throw new TransitionRefusedException("status", "Meeting " + occurrence.id() + " is "
                    + occurrence.status().code() + "; only " + expected.code() + " meetings can be " + action + ".");
        }
    }

    private List<Occurrence> with(Occurrence changed) {
        List<Occurrence> next = new ArrayList<>(occurrences.stream().filter(o -> !o.id().equals(changed.id())).toList());
        next.add(changed);
        return next;
    }

    private int nextRecurrenceNumber() {
        return recurrences.stream().mapToInt(Recurrence::number).max().orElse(0) + 1;
    }

    private Change occurrenceChange(SeriesChangeKind kind, Occurrence occurrence, Occurrence previous, Instant now,
            String actor) {
        return meetingChange(kind, occurrence, previous, version + 1, now, actor);
    }

    /** A change to one meeting: where and when it is now, and (for a move) where and when it was. */
    static Change meetingChange(SeriesChangeKind kind, Occurrence occurrence, Occurrence previous, long version,
            Instant now, String actor) {
        return Change.of(kind, now, actor, version, previous == null ? null : MeetingChange.Place.of(previous),
                MeetingChange.of(occurrence));
    }

    private Draft draft() {
        return new Draft(this);
    }

    /** The next state, built field by field. */
    private static final class Draft {

        private final MeetingSeries from;
        String title;
        String organiser;
        /** absent: unchanged; empty: removed */
        Optional<String> description;
        List<String> commitments;
        String timeZone;
        Integer durationMinutes;
        VenueRule venueRule;
        String rule;
        LocalDateTime firstStart;
        CadenceRule cadence;
        List<Recurrence> recurrences;
        List<Occurrence> occurrences;
        List<String> alerts;
        Instant announcedUntil;
        List<RequestKey> requests;

        Draft(MeetingSeries from) {
            this.from = from;
        }

        MeetingSeries commit(List<Change> changes, Instant now) {
            return build(from.version + 1, now, changes);
        }

        MeetingSeries build(long version, Instant now, List<Change> changes) {
            List<Change> history = new ArrayList<>(from.history);
            history.addAll(changes);
            boolean ruleEnded = rule == null && firstStart == null && recurrencesEndRule();
            return new MeetingSeries(from.id, from.roadMapId, or(title, from.title), or(organiser, from.organiser),
                    description != null ? description.orElse(null) : from.description, or(commitments, from.commitments),
                    or(timeZone, from.timeZone), or(durationMinutes, from.durationMinutes), or(venueRule, from.venueRule),
                    ruleEnded ? null : or(rule, from.rule), ruleEnded ? null : or(firstStart, from.firstStart),
                    or(cadence, from.cadence), or(recurrences, from.recurrences), or(occurrences, from.occurrences),
                    or(alerts, from.alerts), or(announcedUntil, from.announcedUntil), or(requests, from.requests),
                    history, version, from.createdAt,
                    from.createdBy, now);
        }

        /** The recurrence was replaced by stretches none of which continues: the series stopped recurring. */
        private boolean recurrencesEndRule() {
            return recurrences != null && recurrences.stream().allMatch(r -> r.until() != null);
        }

        private static <T> T or(T value, T fallback) {
            return value == null ? fallback : value;
        }
    }
}
