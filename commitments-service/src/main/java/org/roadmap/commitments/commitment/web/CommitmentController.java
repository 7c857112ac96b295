package org.roadmap.commitments.commitment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentAccess;
import org.roadmap.commitments.commitment.CommitmentFilter;
import org.roadmap.commitments.commitment.CommitmentLogs;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.CommitmentNotFoundException;
import org.roadmap.commitments.commitment.CommitmentSearch;
import org.roadmap.commitments.commitment.CommitmentUpdate;
import org.roadmap.commitments.commitment.Health;
import org.roadmap.commitments.commitment.ImplementationLevel;
import org.roadmap.commitments.commitment.NewCommitment;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.apidocs.AnswersWithETag;
import org.roadmap.platform.apidocs.Creates;
import org.roadmap.platform.apidocs.MergePatchBody;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.web.IdempotencyKey;
import org.roadmap.platform.web.IfMatch;
import org.roadmap.platform.web.InputErrors;
import org.roadmap.platform.web.MergePatch;
import org.roadmap.platform.web.PageParameters;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
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

@RestController
@RequestMapping("/api/v1/commitments")
class CommitmentController {

    private final CommitmentManagement commitments;
    private final CommitmentSearch search;
    private final JsonMapper json;
    private final CommitmentLogs logs;

    CommitmentController(CommitmentManagement commitments, CommitmentSearch search, JsonMapper json,
            CommitmentLogs logs) {
        this.logs = logs;
        this.commitments = commitments;
        this.search = search;
        this.json = json;
    }

    @Creates(again = "")
    @PostMapping
    ResponseEntity<CommitmentResponse> register(@Valid @RequestBody RegisterCommitmentRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey, Caller caller) {
        NewCommitment registration = request.toNewCommitment();
        CommitmentAccess.requireChange(caller, registration.pillar() + "." + registration.number(),
                registration.responsibleEntities());
        if (registration.restricted()) {
            CommitmentAccess.requireAdmin(caller, "mark a commitment restricted");
        }
        Commitment commitment = commitments.register(registration, caller.actor(), IdempotencyKey.checked(idempotencyKey));
        return ResponseEntity.created(URI.create("/api/v1/commitments/" + commitment.id()))
                .eTag(IfMatch.etag(commitment.version()))
                .body(CommitmentResponse.of(commitment, search.today()));
    }

    @AnswersWithETag
    @GetMapping("/{id}")
    ResponseEntity<CommitmentResponse> get(@PathVariable String id, Caller caller) {
        Commitment commitment = visible(id, caller);
        return ResponseEntity.ok().eTag(IfMatch.etag(commitment.version()))
                .body(CommitmentResponse.of(commitment, search.today()));
    }

    /** A page of commitments; see the parameters for the filters. Sort by {@code reference}, {@code deadline}, {@code title} or {@code updatedAt}, {@code -} first for descending. */
    @GetMapping
    PagedModel<CommitmentResponse> list(@RequestParam(required = false) String roadMapId,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String pillar,
            @Parameter(schema = @Schema(allowableValues = {"no-evidence", "not-started", "limited", "substantial",
                    "complete"})) @RequestParam(required = false) String level,
            @Parameter(schema = @Schema(allowableValues = {"on-track", "at-risk", "off-track"}))
            @RequestParam(required = false) String health,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) LocalDate dueBefore,
            @RequestParam(required = false) LocalDate dueAfter,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(schema = @Schema(pattern = "^-?(reference|deadline|title|updatedAt)$"))
            @RequestParam(defaultValue = "reference") String sort, Caller caller) {
        InputErrors errors = new InputErrors();
        CommitmentFilter filter = new CommitmentFilter(blankToNull(roadMapId), blankToNull(reference), blankToNull(pillar),
                level == null ? null : errors.parse("level", () -> ImplementationLevel.ofCode(level)),
                health == null ? null : errors.parse("health", () -> Health.ofCode(health)),
                blankToNull(entity), blankToNull(country), dueBefore, dueAfter, overdue, blankToNull(q),
                caller.seesRestricted());
        PageParameters.check(page, size, errors);
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        if (!CommitmentSearch.SORT_KEYS.containsKey(key)) {
            errors.add("sort", "must be one of " + CommitmentSearch.SORT_KEYS.keySet()
                    + ", optionally preceded by - for descending order");
        }
        errors.throwIfAny();
        LocalDate today = search.today();
        return new PagedModel<>(search.search(filter, PageRequest.of(page, size, CommitmentSearch.sort(key, descending)))
                .map(c -> CommitmentResponse.of(c, today)));
    }

    /**
     * Changes title, responsible entities, restriction, weight or deadline (JSON merge patch).
     * Needs {@code If-Match} with the ETag the change was made on.
     */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<CommitmentResponse> update(@PathVariable String id,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @MergePatchBody(UpdateCommitmentRequest.class) @RequestBody JsonNode body,
            Caller caller) {
        Commitment current = visible(id, caller);
        CommitmentAccess.requireChange(caller, current);
        if (body != null && body.has("confirmed")) {
            CommitmentAccess.requireAdmin(caller, "confirm a commitment's suggested structure");
        }
        if (body != null && body.has("restricted")) {
            // an editor lifting a restriction would publish the item to integrators
            CommitmentAccess.requireAdmin(caller, "change whether a commitment is restricted");
        }
        long expected = IfMatch.required(ifMatch, "the commitment");
        UpdateCommitmentRequest request = MergePatch.read(json, body, UpdateCommitmentRequest.class);
        CommitmentUpdate update = request.toUpdate(body::has);
        CommitmentAccess.requireEntityChange(caller, current, update.responsibleEntities());
        Commitment updated = commitments.update(current, expected, update, caller.actor());
        return ResponseEntity.ok().eTag(IfMatch.etag(updated.version())).body(CommitmentResponse.of(updated, search.today()));
    }

    /** The commitment's changes, newest first, a page at a time: who, when, the fields before and after. */
    @GetMapping("/{id}/history")
    PagedModel<Change> history(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Caller caller) {
        PageParameters.require(page, size);
        Commitment commitment = visible(id, caller);
        return PageParameters.page(logs.history(commitment, page, size), page, size, commitment.history().length());
    }

    /** The commitment, if the caller may see it; integrators get restricted ones as not found. */
    private Commitment visible(String id, Caller caller) {
        return CommitmentAccess.requireVisible(caller,
                commitments.find(id).orElseThrow(() -> new CommitmentNotFoundException(id)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
