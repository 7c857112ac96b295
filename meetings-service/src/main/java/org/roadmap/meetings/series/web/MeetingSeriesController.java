package org.roadmap.meetings.series.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.roadmap.meetings.series.MeetingChange;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.MeetingSeriesManagement.Applied;
import org.roadmap.meetings.series.MeetingSeriesManagement;
import org.roadmap.meetings.series.MeetingTime;
import org.roadmap.meetings.series.NewSeries;
import org.roadmap.meetings.series.Occurrence;
import org.roadmap.meetings.series.SeriesAccess;
import org.roadmap.meetings.series.SeriesChangeKind;
import org.roadmap.meetings.series.SeriesNotFoundException;
import org.roadmap.meetings.series.SeriesUpdate;
import org.roadmap.meetings.series.web.SeriesRequests.CreateSeries;
import org.roadmap.meetings.series.web.SeriesRequests.UpdateSeries;
import org.roadmap.meetings.series.web.Views.MeetingView;
import org.roadmap.meetings.series.web.Views.SeriesView;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.Request;
import org.roadmap.platform.apidocs.AnswersWithETag;
import org.roadmap.platform.apidocs.Creates;
import org.roadmap.platform.apidocs.MergePatchBody;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.web.IdempotencyKey;
import org.roadmap.platform.web.IfMatch;
import org.roadmap.platform.web.InputErrors;
import org.roadmap.platform.web.MergePatch;
import org.roadmap.platform.web.PageParameters;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Meeting series: set up, read, change from now on; their meetings in a time window; a date for a period. */
@RestController
@RequestMapping("/api/v1/meeting-series")
class MeetingSeriesController {

    private final MeetingSeriesManagement series;
    private final SeriesAccess access;
    private final Views views;
    private final JsonMapper json;

    MeetingSeriesController(MeetingSeriesManagement series, SeriesAccess access, Views views, JsonMapper json) {
        this.series = series;
        this.access = access;
        this.views = views;
        this.json = json;
    }

    /** Sets up a series; 201 with {@code Location} and {@code ETag}. A retry with the same Idempotency-Key answers 200. */
    @Creates
    @PostMapping
    ResponseEntity<SeriesView> create(@RequestBody CreateSeries request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey, Caller caller) {
        InputErrors errors = new InputErrors().validate(request);
        NewSeries definition = new NewSeries(request.id(), request.roadMapId(), request.title(), request.organiser(),
                request.description(), request.commitments() == null ? List.of() : request.commitments(),
                request.timeZone(), errors.check(() -> Durations.minutes("duration", request.duration())),
                request.recurrence() == null ? null : request.recurrence().rule(),
                request.recurrence() == null ? null : errors.check(() -> request.recurrence().firstStartTime()),
                request.venue() == null ? null : request.venue().toRule(),
                request.cadence() == null ? null : errors.check(() -> request.cadence().toRule()));
        errors.throwIfAny();
        access.requireCreate(caller, definition);
        Applied applied = series.create(definition, caller.actor(), IdempotencyKey.checked(idempotencyKey));
        MeetingSeries created = applied.series();
        return ResponseEntity.status(applied.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/meeting-series/" + created.id()))
                .eTag(IfMatch.etag(created.version())).body(views.series(created, caller));
    }

    @AnswersWithETag
    @GetMapping("/{id}")
    ResponseEntity<SeriesView> get(@PathVariable String id, Caller caller) {
        MeetingSeries found = visible(id, caller);
        return ResponseEntity.ok().eTag(IfMatch.etag(found.version())).body(views.series(found, caller));
    }

    /** All series, or those of a road map, or those serving a commitment ({@code commitment=I.2}). */
    @GetMapping
    List<SeriesView> list(@RequestParam(required = false) String roadMapId,
            @RequestParam(required = false) String commitment, Caller caller) {
        String reference = blankToNull(commitment);
        return access.visibleOf(caller, series.list(blankToNull(roadMapId), reference), reference).stream()
                .map(s -> views.series(s, caller)).toList();
    }

    /**
     * Changes a series (JSON merge patch); needs {@code If-Match}. Changes of zone, duration,
     * recurrence or venue apply from now on: earlier meetings stay as they were.
     */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<SeriesView> update(@PathVariable String id,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @MergePatchBody(UpdateSeries.class) @RequestBody JsonNode body,
            Caller caller) {
        MeetingSeries current = load(id);
        access.requireChange(caller, current);
        long expected = IfMatch.required(ifMatch, "the meeting series");
        InputErrors errors = new InputErrors();
        UpdateSeries request = MergePatch.read(json, body, UpdateSeries.class, errors);
        if (request == null) {
            errors.throwIfAny();
        }
        Optional<SeriesUpdate.RuleChange> recurrence = !body.has("recurrence") ? null
                : request.recurrence() == null ? Optional.empty()
                : Optional.of(new SeriesUpdate.RuleChange(request.recurrence().rule(),
                        errors.check(() -> request.recurrence().firstStartTime())));
        SeriesUpdate update = new SeriesUpdate(request.title(), request.organiser(),
                body.has("description") ? Optional.ofNullable(request.description()) : null, request.commitments(),
                request.timeZone(), errors.check(() -> Durations.minutes("duration", request.duration())), recurrence,
                request.venue() == null ? null : request.venue().toRule(),
                request.cadence() == null ? null : errors.check(() -> request.cadence().toRule()));
        errors.throwIfAny();
        access.requireServed(caller, current, request.commitments());
        MeetingSeries changed = series.change(current, expected, update, caller.actor());
        return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(views.series(changed, caller));
    }

    /** A page of the series' changes, newest first. */
    @GetMapping("/{id}/history")
    PagedModel<Change> history(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Caller caller) {
        PageParameters.require(page, size);
        MeetingSeries found = visible(id, caller);
        List<Change> changes = access.historySeenBy(caller, found, series.history(found, page, size));
        return PageParameters.page(changes, page, size, found.history().length());
    }

    /**
     * The series' meetings starting in {@code [from, to)} (default: from the start of this year, one
     * year), cancelled ones included; {@code tz} adds the times in one more IANA zone.
     */
    @AnswersWithETag
    @GetMapping("/{id}/occurrences")
    ResponseEntity<List<MeetingView>> occurrences(@PathVariable String id,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tz, Caller caller) {
        MeetingSeries found = visible(id, caller);
        Window window = Window.of(from, to, tz);
        return ResponseEntity.ok().eTag(IfMatch.etag(found.version())).body(views.meetings(found,
                found.occurrencesBetween(window.from(), window.to()), window.zone(), caller));
    }

    /**
     * Schedules a meeting by hand, e.g. the date agreed for a cadence period; 201. Send an
     * Idempotency-Key: a retry answers 200 with the same meeting.
     */
    @Creates
    @PostMapping("/{id}/occurrences")
    ResponseEntity<MeetingView> schedule(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody MeetingRequests.Schedule request, Caller caller) {
        MeetingSeries before = load(id);
        access.requireChange(caller, before);
        String key = IdempotencyKey.checked(idempotencyKey);
        MeetingTime start = MeetingTime.parse("start", request.start());
        MeetingTime end = MeetingTime.parse("end", request.end());
        var venue = request.venue() == null ? null : series.parties().venue("venue", before.roadMapId(), request.venue().city(),
                request.venue().country(), request.venue().timeZone());
        Applied applied = series.schedule(before, IfMatch.optional(ifMatch, "the meeting series"),
                Request.ofKey(key, "schedule", request), start, end, venue, blankToNull(request.period()), caller.actor());
        MeetingSeries after = applied.series();
        boolean created = !applied.replayed() && after.version() != before.version();
        // the write may move later meetings too (their venue's turn): the answer is about the one scheduled
        var scheduled = (created ? after.latestChanges().stream()
                .filter(c -> c.is(SeriesChangeKind.OCCURRENCE_SCHEDULED))
                .map(c -> c.after(MeetingChange.class).occurrenceId()).findFirst().flatMap(after::occurrence)
                : Optional.<Occurrence>empty())
                .or(() -> after.occurrences().stream().filter(o -> !o.fromRule()
                        && o.start().equals(start.at(o.venue().zone())))
                        .findFirst())
                .orElseThrow();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/meetings/" + scheduled.id()))
                .eTag(IfMatch.etag(after.version())).body(views.meeting(after, scheduled, null, caller));
    }

    /** The series, or 404 when the caller may not know of it (it serves restricted commitments only). */
    private MeetingSeries visible(String id, Caller caller) {
        return access.requireVisible(caller, load(id));
    }

    private MeetingSeries load(String id) {
        return series.find(id).orElseThrow(() -> new SeriesNotFoundException(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
