package org.roadmap.meetings.calendar.web;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.roadmap.meetings.agenda.AgendaCommitment;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.calendar.CalendarFeeds;
import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.MeetingSeriesManagement;
import org.roadmap.meetings.series.SeriesAccess;
import org.roadmap.meetings.series.SeriesNotFoundException;
import org.roadmap.platform.apidocs.AnswersWithETag;
import org.roadmap.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Calendar feeds to subscribe to (also as {@code webcal://}): one series, the series serving one
 * commitment, or every series. {@code text/calendar}, with an ETag that changes with any series.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final MeetingSeriesManagement series;
    private final SeriesAccess access;
    private final AgendaCommitments commitments;
    private final CalendarFeeds feeds;
    private final Clock clock;
    /** The last renderings by feed and ETag; a changed series changes the ETag, so nothing stale is served. */
    private final RenderedFeeds rendered;

    CalendarController(MeetingSeriesManagement series, SeriesAccess access, AgendaCommitments commitments,
            CalendarFeeds feeds, Clock clock, MeetingsProperties properties) {
        this.series = series;
        this.access = access;
        this.commitments = commitments;
        this.feeds = feeds;
        this.clock = clock;
        this.rendered = new RenderedFeeds(properties.feedCache().toBytes());
    }

    @ApiResponse(responseCode = "200", description = "An iCalendar feed (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @AnswersWithETag
    @GetMapping("/series/{id}.ics")
    ResponseEntity<String> series(@PathVariable String id, WebRequest request, Caller caller) {
        MeetingSeries found = access.requireVisible(caller, series.find(id).orElseThrow(() -> new SeriesNotFoundException(id)));
        return answer(found.title(), List.of(found), request);
    }

    /** The meetings of the series serving a commitment, by its id; not found for those who may not see the commitment. */
    @ApiResponse(responseCode = "200", description = "An iCalendar feed (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @AnswersWithETag
    @GetMapping("/commitments/{commitmentId}.ics")
    ResponseEntity<String> commitment(@PathVariable String commitmentId, WebRequest request, Caller caller) {
        AgendaCommitment commitment = commitments.find(commitmentId).filter(c -> caller.sees(c.isRestricted()))
                .orElseThrow(() -> new SeriesNotFoundException("serving commitment " + commitmentId));
        return answer(commitment.label(), access.visibleOf(caller,
                series.list(commitment.roadMapId(), commitment.reference()), commitment.reference()), request);
    }

    @ApiResponse(responseCode = "200", description = "An iCalendar feed (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @AnswersWithETag
    @GetMapping("/all.ics")
    ResponseEntity<String> all(WebRequest request, Caller caller) {
        return answer("Road Map meetings", access.visibleOf(caller, series.list(null, null), null), request);
    }

    /**
     * Calendar clients poll a feed every REFRESH-INTERVAL: an unchanged feed (same series and
     * versions, so the same ETag) is answered 304 without rendering, or from the last rendering.
     */
    private ResponseEntity<String> answer(String name, List<MeetingSeries> included, WebRequest request) {
        String etag = "\"" + Integer.toHexString(included.stream()
                .map(s -> s.id() + ":" + s.version()).toList().hashCode()) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        String feed = rendered.get(name + etag, () -> feeds.feed(name, included, clock.instant()));
        return ResponseEntity.ok().contentType(CALENDAR).eTag(etag)
                .header("Content-Disposition", "inline; filename=\"meetings.ics\"")
                .body(feed);
    }
}
