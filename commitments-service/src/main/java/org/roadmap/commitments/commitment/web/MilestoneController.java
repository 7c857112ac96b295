package org.roadmap.commitments.commitment.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentAccess;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.CommitmentNotFoundException;
import org.roadmap.commitments.commitment.CommitmentSearch;
import org.roadmap.commitments.commitment.MilestoneUpdate;
import org.roadmap.commitments.commitment.web.MilestoneRequests.AddMilestoneRequest;
import org.roadmap.commitments.commitment.web.MilestoneRequests.UpdateMilestoneRequest;
import org.roadmap.platform.apidocs.Creates;
import org.roadmap.platform.apidocs.MergePatchBody;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.web.IdempotencyKey;
import org.roadmap.platform.web.IfMatch;
import org.roadmap.platform.web.MergePatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Milestones of a commitment: planned, moved, reached. Answers with the whole commitment. */
@RestController
@RequestMapping("/api/v1/commitments/{id}/milestones")
class MilestoneController {

    private final CommitmentManagement commitments;
    private final CommitmentSearch search;
    private final JsonMapper json;

    MilestoneController(CommitmentManagement commitments, CommitmentSearch search, JsonMapper json) {
        this.commitments = commitments;
        this.search = search;
        this.json = json;
    }

    /** Plans a milestone; an {@code Idempotency-Key} makes a retry add it only once. */
    @Creates(again = "", location = false)
    @PostMapping
    ResponseEntity<CommitmentResponse> add(@PathVariable String id,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody AddMilestoneRequest request, Caller caller) {
        Commitment read = requireChange(id, caller);
        Commitment commitment = commitments.addMilestone(read, request.title().strip(), request.plannedDate(),
                request.actualDate(), caller.actor(), IdempotencyKey.checked(idempotencyKey));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(commitment.version()))
                .body(CommitmentResponse.of(commitment, search.today()));
    }

    /** Renames, moves or marks reached (merge patch); needs {@code If-Match} with the commitment's ETag. */
    @PatchMapping(path = "/{milestoneId}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<CommitmentResponse> change(@PathVariable String id, @PathVariable String milestoneId,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @MergePatchBody(MilestoneRequests.UpdateMilestoneRequest.class) @RequestBody JsonNode body,
            Caller caller) {
        Commitment read = requireChange(id, caller);
        long expected = IfMatch.required(ifMatch, "the commitment");
        UpdateMilestoneRequest request = MergePatch.read(json, body, UpdateMilestoneRequest.class);
        MilestoneUpdate update = new MilestoneUpdate(request.title() == null ? null : request.title().strip(),
                request.plannedDate(),
                body.has("actualDate") ? java.util.Optional.ofNullable(request.actualDate()) : null);
        Commitment commitment = commitments.changeMilestone(read, expected, milestoneId, update, caller.actor());
        return ResponseEntity.ok().eTag(IfMatch.etag(commitment.version()))
                .body(CommitmentResponse.of(commitment, search.today()));
    }

    /** The commitment, if the caller may change it: what the change starts from. */
    private Commitment requireChange(String id, Caller caller) {
        Commitment commitment = CommitmentAccess.requireVisible(caller,
                commitments.find(id).orElseThrow(() -> new CommitmentNotFoundException(id)));
        CommitmentAccess.requireChange(caller, commitment);
        return commitment;
    }
}
