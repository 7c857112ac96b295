package org.roadmap.notifications.recipient.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.roadmap.notifications.config.NotificationsProperties;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientAccess;
import org.roadmap.notifications.recipient.RecipientDetails;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.notifications.webhook.WebhookTargets;
import org.roadmap.platform.apidocs.AnswersWithETag;
import org.roadmap.platform.apidocs.Creates;
import org.roadmap.platform.apidocs.MergePatchBody;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.security.NotAllowedException;
import org.roadmap.platform.web.IdempotencyKey;
import org.roadmap.platform.web.IfMatch;
import org.roadmap.platform.web.InputErrors;
import org.roadmap.platform.web.MergePatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
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

/**
 * The people who receive alerts. A signed-in user creates, sees and changes their own recipient
 * (linked by the token's {@code sub}); the working group everyone's, including staff without an account.
 */
@RestController
@RequestMapping("/api/v1/recipients")
class RecipientController {

    static final String OWN_USER_ONLY = "A recipient you create is yours: userId is your own sign-in (sub); "
            + "only the working group (admin) registers recipients for other people.";

    private final RecipientManagement recipients;
    private final RecipientAccess access;
    private final WebhookTargets targets;
    private final JsonMapper json;
    private final String defaultDeliveryTime;

    RecipientController(RecipientManagement recipients, RecipientAccess access, WebhookTargets targets,
            JsonMapper json, NotificationsProperties properties) {
        this.recipients = recipients;
        this.access = access;
        this.targets = targets;
        this.json = json;
        this.defaultDeliveryTime = properties.deliveryTime().toString();
    }

    /**
     * Registers a recipient: the caller's own, or, by an admin, anyone's ({@code userId} their sign-in,
     * absent for staff without an account). A webhook's signing secret is in this answer only.
     */
    @Creates
    @PostMapping
    ResponseEntity<RecipientResponse> create(@RequestBody RecipientRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey, Caller caller) {
        String userId = request.userId() == null || request.userId().isBlank() ? null : request.userId().strip();
        if (!caller.isAdmin()) {
            if (userId != null && !userId.equals(caller.subject())) {
                throw new NotAllowedException(OWN_USER_ONLY);
            }
            userId = caller.subject();
        } else if (!caller.subject().equals(userId)) {
            caller.requireWrite();
        }
        RecipientDetails details = RecipientRequests.forCreation(request, targets);
        if (caller.subject().equals(userId)) {
            // one's own recipient: one's token says whether alerts about restricted commitments may reach it
            details = details.seeingRestricted(caller.seesRestricted());
        }
        String digest = DigestUtils.md5DigestAsHex(json.writeValueAsBytes(request));
        RecipientManagement.Created created = recipients.create(userId, details, caller.actor(),
                IdempotencyKey.checked(idempotencyKey), digest);
        Recipient recipient = created.recipient();
        // a retry answers 200, and says where the first request's recipient is too
        ResponseEntity.BodyBuilder answer = ResponseEntity
                .status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/recipients/" + recipient.id()));
        return answer.eTag(IfMatch.etag(recipient.version()))
                .body(RecipientResponse.of(recipient, true, defaultDeliveryTime));
    }

    @AnswersWithETag
    @GetMapping("/{id}")
    ResponseEntity<RecipientResponse> get(@PathVariable String id, Caller caller) {
        Recipient recipient = access.managed(caller, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(recipient.version()))
                .body(RecipientResponse.of(recipient, false, defaultDeliveryTime));
    }

    /** Recipients, optionally of one organisation or country: all for an admin, otherwise the caller's own. */
    @GetMapping
    List<RecipientResponse> list(@RequestParam(required = false) String organisation,
            @RequestParam(required = false) String country, Caller caller) {
        List<Recipient> visible = caller.isAdmin() ? recipients.all()
                : recipients.ofUser(caller.subject()).stream().toList();
        return visible.stream()
                .filter(r -> organisation == null || r.organisation().equalsIgnoreCase(organisation))
                .filter(r -> country == null || country.equals(r.country()))
                .map(r -> RecipientResponse.of(r, false, defaultDeliveryTime)).toList();
    }

    /**
     * Changes some fields (JSON merge patch); {@code null} removes quiet hours or the second language.
     * A new webhook URL gets a new signing secret, returned in this answer. Needs {@code If-Match}.
     */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<RecipientResponse> update(@PathVariable String id,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @MergePatchBody(RecipientRequest.class) @RequestBody JsonNode body,
            Caller caller) {
        Recipient current = access.changeable(caller, id);
        long expected = IfMatch.required(ifMatch, "the recipient");
        InputErrors errors = new InputErrors();
        RecipientRequest request = MergePatch.read(json, body, RecipientRequest.class, errors);
        if (request == null) {
            errors.throwIfAny();
        }
        if (body.has("userId") && !Objects.equals(request.userId(), current.userId())) {
            errors.add("userId", "cannot be changed; it is the sign-in the recipient was created for");
        }
        RecipientDetails details = RecipientRequests.forUpdate(request, removed(body), current, targets, errors);
        if (current.belongsTo(caller.subject())) {
            details = details.seeingRestricted(caller.seesRestricted());
        }
        Recipient updated = recipients.update(current, expected, details, removed(body), caller.actor());
        boolean newSecret = updated.webhook() != null
                && (current.webhook() == null || !Objects.equals(current.webhook().secret(), updated.webhook().secret()));
        return ResponseEntity.ok().eTag(IfMatch.etag(updated.version()))
                .body(RecipientResponse.of(updated, newSecret, defaultDeliveryTime));
    }

    /** The removable fields the patch sets to {@code null}. */
    private static Set<String> removed(JsonNode body) {
        return Recipient.REMOVABLE.stream().filter(field -> body.has(field) && body.get(field).isNull())
                .collect(Collectors.toSet());
    }
}
