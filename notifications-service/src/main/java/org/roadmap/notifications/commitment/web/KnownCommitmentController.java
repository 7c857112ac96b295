package org.roadmap.notifications.commitment.web;

import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.commitment.KnownCommitment;
import org.roadmap.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The commitments one can subscribe to, as notifications-service knows them. */
@RestController
@RequestMapping("/api/v1/notifications/commitments")
class KnownCommitmentController {

    private final CommitmentProjection projection;

    KnownCommitmentController(CommitmentProjection projection) {
        this.projection = projection;
    }

    /** The commitment; not found for a caller who may not see it (a restricted one), as an unknown one is. */
    @GetMapping("/{id}")
    KnownCommitment get(@PathVariable String id, Caller caller) {
        return projection.visibleTo(caller, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "notifications-service has not heard of commitment " + id + " (yet)"));
    }
}
