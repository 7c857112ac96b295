package org.roadmap.meetings.series.web;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.MeetingSeriesManagement.Applied;
import org.roadmap.meetings.series.MeetingSeriesManagement.Found;
import org.roadmap.meetings.series.MeetingSeriesManagement;
import org.roadmap.meetings.series.MeetingTime;
import org.roadmap.meetings.series.OccurrenceNotFoundException;
import org.roadmap.meetings.series.SeriesAccess;
import org.roadmap.meetings.series.Venue;
import org.roadmap.meetings.series.web.Views.MeetingView;
import org.roadmap.platform.aggregate.Request;
import org.roadmap.platform.apidocs.AnswersWithETag;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.web.IdempotencyKey;
import org.roadmap.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Single meetings across all series: read, confirm, move (this one, or this and all later ones),
 * cancel, record as held. Changes answer with the meeting and the series' new ETag; {@code If-Match}
 * is optional (without it the change applies to the latest state), an Idempotency-Key makes a retry
 * answer the first result.
 */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingController {

    private final MeetingSeriesManagement series;
    private final SeriesAccess access;
    private final Views views;

    MeetingController(MeetingSeriesManagement series, SeriesAccess access, Views views) {
        this.series = series;
        this.access = access;
        this.views = views;
    }

    /** Meetings of every series (or those serving {@code commitment=I.2}) starting in {@code [from, to)}. */
    @GetMapping
    List<MeetingView> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String commitment, @RequestParam(required = false) String tz,
            Caller caller) {
        Window window = Window.of(from, to, tz);
        String reference = commitment == null || commitment.isBlank() ? null : commitment.strip();
        return access.visibleOf(caller, series.list(null, reference), reference).stream()
                .flatMap(s -> views.meetings(s, s.occurrencesBetween(window.from(), window.to()), window.zone(), caller)
                        .stream())
                .sorted(Comparator.comparing(MeetingView::start).thenComparing(MeetingView::id))
                .toList();
    }

    @AnswersWithETag
    @GetMapping("/{id}")
    ResponseEntity<MeetingView> get(@PathVariable String id, @RequestParam(required = false) String tz,
            Caller caller) {
        ZoneId requested = Window.zone(tz);
        Found found = series.findOccurrence(id).filter(f -> access.visible(caller, f.series()))
                .orElseThrow(() -> new OccurrenceNotFoundException(id));
        return ResponseEntity.ok().eTag(IfMatch.etag(found.series().version()))
                .body(views.meeting(found.series(), found.occurrence(), requested, caller));
    }

    /** Confirms a planned date: the meeting is announced as scheduled. */
    @PostMapping("/{id}/confirm")
    ResponseEntity<MeetingView> confirm(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey, Caller caller) {
        MeetingSeries read = requireChange(id, caller);
        String key = IdempotencyKey.checked(idempotencyKey);
        return answer(id, series.confirm(read, id, IfMatch.optional(ifMatch, "the meeting series"),
                Request.ofKey(key, "confirm", id), caller.actor()), caller);
    }

    /** Moves the meeting, or with {@code "scope": "this-and-later"} it and every later one of its recurrence. */
    @PostMapping("/{id}/move")
    ResponseEntity<MeetingView> move(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody MeetingRequests.Move request, Caller caller) {
        MeetingSeries moved = requireChange(id, caller);
        String key = IdempotencyKey.checked(idempotencyKey);
        MeetingTime start = MeetingTime.parse("start", request.start());
        MeetingTime end = MeetingTime.parse("end", request.end());
        Venue venue = request.venue() == null ? null : series.parties().venue("venue", moved.roadMapId(), request.venue().city(),
                request.venue().country(), request.venue().timeZone());
        return answer(id, series.move(moved, id, IfMatch.optional(ifMatch, "the meeting series"),
                Request.ofKey(key, "move:" + id, request), start, end, venue, "this-and-later".equals(request.scope()),
                caller.actor()), caller);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<MeetingView> cancel(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody(required = false) MeetingRequests.Cancel request, Caller caller) {
        MeetingSeries read = requireChange(id, caller);
        String key = IdempotencyKey.checked(idempotencyKey);
        String reason = request == null || request.reason() == null ? null : request.reason().strip();
        return answer(id, series.cancel(read, id, IfMatch.optional(ifMatch, "the meeting series"),
                Request.ofKey(key, "cancel:" + id, reason), reason, caller.actor()), caller);
    }

    /** Records that the meeting took place, with the commitments on its agenda, its outcomes and minutes. */
    @PostMapping("/{id}/held")
    ResponseEntity<MeetingView> held(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody MeetingRequests.Held request, Caller caller) {
        MeetingSeries read = requireChange(id, caller);
        access.requireAgenda(caller, read, request.agenda());
        String key = IdempotencyKey.checked(idempotencyKey);
        List<String> outcomes = request.outcomes() == null ? List.of() : request.outcomes().stream().map(String::strip).toList();
        return answer(id, series.hold(read, id, IfMatch.optional(ifMatch, "the meeting series"),
                Request.ofKey(key, "held:" + id, request), request.agenda(), outcomes, request.minutes(), caller.actor()),
                caller);
    }

    private MeetingSeries requireChange(String occurrenceId, Caller caller) {
        MeetingSeries changed = series.findOccurrence(occurrenceId)
                .orElseThrow(() -> new OccurrenceNotFoundException(occurrenceId)).series();
        access.requireChange(caller, changed);
        return changed;
    }

    private ResponseEntity<MeetingView> answer(String id, Applied applied, Caller caller) {
        MeetingSeries after = applied.series();
        var occurrence = after.occurrence(id).orElseThrow(() -> new OccurrenceNotFoundException(id));
        return ResponseEntity.ok().eTag(IfMatch.etag(after.version()))
                .header("Idempotent-Replayed", String.valueOf(applied.replayed()))
                .body(views.meeting(after, occurrence, null, caller));
    }
}
