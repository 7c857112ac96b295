package org.roadmap.notifications.commitment.web;

import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.commitment.KnownCommitment;
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

    @GetMapping("/{id}")
    KnownCommitment get(@PathVariable String id) {
        return projection.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "notifications-service has not heard of commitment " + id + " (yet)"));
    }
}
