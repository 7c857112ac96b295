package org.roadmap.notifications.subscription.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.recipient.RecipientAccess;
import org.roadmap.notifications.subscription.Subscription;
import org.roadmap.notifications.subscription.SubscriptionManagement;
import org.roadmap.platform.apidocs.AnswersNoContent;
import org.roadmap.platform.apidocs.AnswersWithETag;
import org.roadmap.platform.apidocs.Creates;
import org.roadmap.platform.apidocs.MergePatchBody;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.web.IdempotencyKey;
import org.roadmap.platform.web.IfMatch;
import org.roadmap.platform.web.InvalidInputException;
import org.roadmap.platform.web.MergePatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/** What recipients follow; a recipient's own user or the working group manages them. */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    private final SubscriptionManagement subscriptions;
    private final RecipientAccess access;
    private final CommitmentProjection commitments;
    private final PendingTargets pending;
    private final JsonMapper json;

    SubscriptionController(SubscriptionManagement subscriptions, RecipientAccess access,
            CommitmentProjection commitments, PendingTargets pending, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.pending = pending;
        this.access = access;
        this.commitments = commitments;
        this.json = json;
    }

    @Creates
    @PostMapping
    ResponseEntity<SubscriptionResponse> subscribe(@Valid @RequestBody SubscriptionRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey, Caller caller) {
        if (request.recipientId() == null) {
            throw new InvalidInputException("recipientId", "is required");
        }
        access.checkChange(caller, request.recipientId());
        requireKnowable(request.commitmentId(), caller);
        String digest = DigestUtils.md5DigestAsHex(json.writeValueAsBytes(request));
        SubscriptionManagement.Created created = subscriptions.subscribe(request.recipientId(),
                SubscriptionRequests.terms(request), IdempotencyKey.checked(idempotencyKey), digest);
        Subscription s = created.subscription();
        // a retry answers 200, and says where the first request's subscription is too
        ResponseEntity.BodyBuilder answer = ResponseEntity
                .status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/subscriptions/" + s.id()));
        return answer.eTag(IfMatch.etag(s.version())).body(SubscriptionResponse.of(s, pending.of(s)));
    }

    @AnswersWithETag
    @GetMapping("/{id}")
    ResponseEntity<SubscriptionResponse> get(@PathVariable String id, Caller caller) {
        Subscription s = subscriptions.load(id);
        access.check(caller, s.recipientId());
        return ResponseEntity.ok().eTag(IfMatch.etag(s.version())).body(SubscriptionResponse.of(s, pending.of(s)));
    }

    /** A recipient's subscriptions; without {@code recipientId}, the caller's own recipient's. */
    @GetMapping
    List<SubscriptionResponse> list(@RequestParam(required = false) String recipientId, Caller caller) {
        String whose = recipientId == null ? access.own(caller).id() : recipientId;
        access.check(caller, whose);
        return subscriptions.ofRecipient(whose).stream().map(s -> SubscriptionResponse.of(s, pending.of(s))).toList();
    }

    /** Replaces filters and lead times (merge patch of the whole terms; the recipient stays). Needs {@code If-Match}. */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<SubscriptionResponse> change(@PathVariable String id,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @MergePatchBody(SubscriptionRequest.class) @RequestBody JsonNode body,
            Caller caller) {
        Subscription current = subscriptions.load(id);
        access.checkChange(caller, current.recipientId());
        long expected = IfMatch.required(ifMatch, "the subscription");
        SubscriptionRequest request = MergePatch.read(json, body, SubscriptionRequest.class);
        if (request.recipientId() != null) {
            throw new InvalidInputException("recipientId", "cannot be changed; subscribe the other recipient instead");
        }
        SubscriptionRequest merged = new SubscriptionRequest(null,
                pick(body, "roadMapId", request.roadMapId(), current.roadMapId()),
                pick(body, "pillar", request.pillar(), current.pillar()),
                pick(body, "commitmentId", request.commitmentId(), current.commitmentId()),
                pick(body, "responsibleEntity", request.responsibleEntity(), current.responsibleEntity()),
                pick(body, "meetingSeriesId", request.meetingSeriesId(), current.meetingSeriesId()),
                body.has("kinds") ? request.kinds()
                        : current.kinds().stream().map(org.roadmap.notifications.subscription.EventKind::code).toList(),
                body.has("leadTimes") ? request.leadTimes()
                        : new SubscriptionRequest.LeadTimesRequest(current.leadTimes().deadline(),
                                current.leadTimes().milestone(), current.leadTimes().meeting(),
                                current.leadTimes().overdue()));
        requireKnowable(merged.commitmentId(), caller);
        Subscription changed = subscriptions.change(current, expected, SubscriptionRequests.terms(merged));
        return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(SubscriptionResponse.of(changed, pending.of(changed)));
    }

    @AnswersNoContent
    @DeleteMapping("/{id}")
    ResponseEntity<Void> unsubscribe(@PathVariable String id,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Caller caller) {
        access.checkChange(caller, subscriptions.load(id).recipientId());
        subscriptions.unsubscribe(id, IfMatch.required(ifMatch, "the subscription"));
        return ResponseEntity.noContent().build();
    }

    /**
     * Staff may follow a commitment before notifications-service hears of it; a caller who may not see
     * restricted items only one it knows and they may see, so a restricted one is refused as an unknown one is.
     */
    private void requireKnowable(String commitmentId, Caller caller) {
        if (commitmentId != null && !caller.seesRestricted() && commitments.visibleTo(caller, commitmentId).isEmpty()) {
            throw new InvalidInputException("commitmentId", "names no commitment known here: " + commitmentId);
        }
    }

    private static String pick(JsonNode body, String field, String proposed, String current) {
        return body.has(field) ? proposed : current;
    }
}
