package org.roadmap.commitments.commitment.web;

import java.net.URI;

import jakarta.validation.Valid;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentAccess;
import org.roadmap.commitments.commitment.CommitmentLogs;
import org.roadmap.commitments.commitment.CommitmentManagement.Reported;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.CommitmentNotFoundException;
import org.roadmap.commitments.commitment.UnknownProgressReportException;
import org.roadmap.platform.apidocs.Creates;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.web.IdempotencyKey;
import org.roadmap.platform.web.IfMatch;
import org.roadmap.platform.web.PageParameters;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A commitment's progress timeline, and new reports on it. */
@RestController
@RequestMapping("/api/v1/commitments/{id}/progress-reports")
class ProgressReportController {

    private final CommitmentManagement commitments;
    private final CommitmentLogs logs;

    ProgressReportController(CommitmentManagement commitments, CommitmentLogs logs) {
        this.commitments = commitments;
        this.logs = logs;
    }

    /** Newest first (in the order they were recorded), a page at a time. */
    @GetMapping
    PagedModel<ProgressReportResponse> timeline(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Caller caller) {
        PageParameters.require(page, size);
        Commitment commitment = visible(id, caller);
        return PageParameters.page(logs.reports(commitment, page, size).stream().map(ProgressReportResponse::of)
                .toList(), page, size, commitment.reportCount());
    }

    /** One report, as its creation's {@code Location} names it. */
    @GetMapping("/{reportId}")
    ProgressReportResponse get(@PathVariable String id, @PathVariable String reportId, Caller caller) {
        return logs.report(visible(id, caller), reportId).map(ProgressReportResponse::of)
                .orElseThrow(() -> new UnknownProgressReportException(id, reportId));
    }

    /**
     * Records one side's report. Send an {@code Idempotency-Key}: a retry with the same key and body
     * returns the first report (200) instead of adding a second one (201 the first time).
     */
    @Creates
    @PostMapping
    ResponseEntity<ProgressReportResponse> report(@PathVariable String id,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody ReportProgressRequest request, Caller caller) {
        Commitment commitment = visible(id, caller);
        CommitmentAccess.requireReport(caller, commitment, request.country(), request.organisation().strip());
        Reported reported = commitments.reportProgress(commitment, request.toDraft(caller.actor()),
                IdempotencyKey.checked(idempotencyKey));
        return ResponseEntity.status(reported.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/commitments/" + id + "/progress-reports/" + reported.report().id()))
                .eTag(IfMatch.etag(reported.commitment().version()))
                .body(ProgressReportResponse.of(reported.report()));
    }

    private Commitment visible(String id, Caller caller) {
        return CommitmentAccess.requireVisible(caller,
                commitments.find(id).orElseThrow(() -> new CommitmentNotFoundException(id)));
    }
}
