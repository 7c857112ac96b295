package org.roadmap.commitments.commitment.web;

import org.roadmap.platform.web.IfMatch;
import org.roadmap.platform.web.IdempotencyKey;
import java.net.URI;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentAccess;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.CommitmentManagement.Reported;
import org.roadmap.commitments.commitment.CommitmentNotFoundException;
import org.roadmap.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A commitment's progress timeline, and new reports on it. */
@RestController
@RequestMapping("/api/v1/commitments/{id}/progress-reports")
class ProgressReportController {

    private final CommitmentManagement commitments;

    ProgressReportController(CommitmentManagement commitments) {
        this.commitments = commitments;
    }

    /** Newest first. */
    @GetMapping
    List<ProgressReportResponse> timeline(@PathVariable String id, Caller caller) {
        return visible(id, caller).progressReports().stream()
                .sorted(Comparator.comparing(org.roadmap.commitments.commitment.ProgressReport::reportedAt).reversed())
                .map(ProgressReportResponse::of).toList();
    }

    /**
     * Records one side's report. Send an {@code Idempotency-Key}: a retry with the same key and body
     * returns the first report (200) instead of adding a second one (201 the first time).
     */
    @PostMapping
    ResponseEntity<ProgressReportResponse> report(@PathVariable String id,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody ReportProgressRequest request, Caller caller) {
        CommitmentAccess.requireReport(caller, visible(id, caller), request.country(), request.organisation().strip());
        Reported reported = commitments.reportProgress(id, request.toDraft(caller.actor()),
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
