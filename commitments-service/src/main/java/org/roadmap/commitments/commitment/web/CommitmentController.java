package org.roadmap.commitments.commitment.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/commitments")
class CommitmentController {

    private final CommitmentManagement commitments;

    CommitmentController(CommitmentManagement commitments) {
        this.commitments = commitments;
    }

    @PostMapping
    ResponseEntity<CommitmentResponse> register(@Valid @RequestBody RegisterCommitmentRequest request) {
        Commitment commitment = commitments.register(request.roadMapId(), request.pillar(), request.number(),
                request.title(), request.text(),
                request.responsibleEntities().stream()
                        .map(e -> new ResponsibleEntity(e.name(), e.country(), e.role())).toList(),
                request.deadline(), request.isRestricted(), "unauthenticated");
        return ResponseEntity.created(URI.create("/api/v1/commitments/" + commitment.id()))
                .eTag(etag(commitment))
                .body(CommitmentResponse.of(commitment));
    }

    @GetMapping("/{id}")
    ResponseEntity<CommitmentResponse> get(@PathVariable String id) {
        Commitment commitment = commitments.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No commitment with id " + id));
        return ResponseEntity.ok().eTag(etag(commitment)).body(CommitmentResponse.of(commitment));
    }

    @GetMapping
    Page<CommitmentResponse> list(@RequestParam(required = false) String roadMapId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return commitments.list(roadMapId, PageRequest.of(page, size, Sort.by("roadMapId", "pillar", "number", "id")))
                .map(CommitmentResponse::of);
    }

    private static String etag(Commitment commitment) {
        return "\"" + commitment.version() + "\"";
    }
}
