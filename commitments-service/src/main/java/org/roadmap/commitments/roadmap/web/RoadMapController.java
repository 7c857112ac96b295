package org.roadmap.commitments.roadmap.web;

import org.roadmap.platform.apidocs.Creates;
import org.roadmap.commitments.commitment.CommitmentAccess;
import org.roadmap.platform.security.Caller;
import java.net.URI;
import java.util.List;

import org.roadmap.commitments.roadmap.ProgressRollup;
import org.roadmap.commitments.roadmap.RoadMap;
import org.roadmap.commitments.roadmap.RoadMapCatalogue;
import org.roadmap.commitments.roadmap.RoadMapConfirmation;
import org.roadmap.commitments.roadmap.RoadMapImport;
import org.roadmap.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/road-maps")
class RoadMapController {

    private static final int MAX_DOCUMENT = 2_000_000;

    private final RoadMapImport roadMapImport;
    private final RoadMapCatalogue catalogue;
    private final ProgressRollup rollup;
    private final RoadMapConfirmation confirmation;

    RoadMapController(RoadMapImport roadMapImport, RoadMapCatalogue catalogue, ProgressRollup rollup,
            RoadMapConfirmation confirmation) {
        this.roadMapImport = roadMapImport;
        this.confirmation = confirmation;
        this.catalogue = catalogue;
        this.rollup = rollup;
    }

    /**
     * Imports a road map document (plain text in the layout of "The World and Japan" database).
     * 201 with the new road map; 200 with the existing one when the same document was imported
     * before. Its commitments get suggested structure, marked {@code suggested} until a person
     * confirms each with {@code PATCH … {"confirmed": true}}; the answer lists, per commitment, each
     * suggested value with the words of the text it came from and a confidence, and the parties with
     * the capitals and time zones recognised for them.
     */
    @Creates(again = "The same document again: the road map as imported before, unchanged", etag = false)
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<ImportedRoadMap> importDocument(@RequestBody(required = false) String document, Caller caller) {
        CommitmentAccess.requireAdmin(caller, "import a road map");
        if (document == null || document.isBlank()) {
            throw new InvalidInputException("body", "must be the road map's text");
        }
        if (document.length() > MAX_DOCUMENT) {
            throw new InvalidInputException("body", "must be at most " + MAX_DOCUMENT + " characters");
        }
        RoadMapImport.Imported imported = roadMapImport.importDocument(document, caller.actor());
        return ResponseEntity.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/road-maps/" + imported.roadMap().id()))
                .body(ImportedRoadMap.of(imported));
    }

    /**
     * Confirms at once every commitment of the road map whose suggested structure no person has confirmed
     * yet, as it stands (correct any first with {@code PATCH /api/v1/commitments/{id}}). Each is recorded
     * in its history with the fields corrected against the suggestions; a commitment that implies a meeting
     * series offers it to meetings-service; bodies the gazetteer did not know are learned for later imports.
     * Confirming again changes nothing.
     */
    @PostMapping("/{id}/confirmation")
    RoadMapConfirmation.ConfirmedRoadMap confirmAll(@PathVariable String id, Caller caller) {
        CommitmentAccess.requireAdmin(caller, "confirm a road map's suggested structure");
        return confirmation.confirmAll(id, caller.actor());
    }

    @GetMapping
    List<RoadMap> list(Caller caller) {
        return catalogue.all().stream().map(r -> catalogue.seenWith(r, caller.seesRestricted())).toList();
    }

    /** The road map; its counts of commitments (total and by pillar) leave out those the caller may not see. */
    @GetMapping("/{id}")
    RoadMap get(@PathVariable String id, Caller caller) {
        return catalogue.seenWith(catalogue.get(id), caller.seesRestricted());
    }

    /** Weighted progress of the road map and of each pillar, with counts of overdue and at-risk commitments. */
    @GetMapping("/{id}/progress")
    ProgressRollup.RoadMapProgress progress(@PathVariable String id, Caller caller) {
        return rollup.of(catalogue.get(id), caller.seesRestricted());
    }
}
