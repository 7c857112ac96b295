package org.roadmap.notifications.delivery.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.roadmap.notifications.delivery.Delivery;
import org.roadmap.notifications.delivery.DeliveryManagement;
import org.roadmap.notifications.delivery.DeliveryStatus;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientAccess;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.web.InputErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What was sent to whom, over which channel, with each attempt: for staff checking why someone got
 * nothing. The working group sees every delivery; anyone else only their own recipient's.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final DeliveryManagement deliveries;
    private final RecipientManagement recipients;
    private final RecipientAccess access;

    DeliveryController(DeliveryManagement deliveries, RecipientManagement recipients, RecipientAccess access) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.access = access;
    }

    @GetMapping("/{id}")
    Delivery get(@PathVariable String id, Caller caller) {
        Delivery delivery = deliveries.load(id);
        access.check(caller, delivery.recipientId());
        return delivery;
    }

    /**
     * Deliveries newest first, of one recipient ({@code recipientId}) or, without it, all an admin may see or
     * the caller's own; {@code status} = pending, sent or failed.
     */
    @GetMapping
    List<Delivery> list(@RequestParam(required = false) String recipientId,
            @Parameter(schema = @Schema(allowableValues = {"pending", "sent", "failed"}))
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "50") int limit,
            Caller caller) {
        InputErrors errors = new InputErrors();
        if (limit < 1 || limit > 500) {
            errors.add("limit", "must be between 1 and 500");
        }
        DeliveryStatus wanted = null;
        if (status != null) {
            wanted = Arrays.stream(DeliveryStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                    .orElse(null);
            if (wanted == null) {
                errors.add("status", "must be one of pending, sent, failed");
            }
        }
        errors.throwIfAny();
        if (recipientId != null) {
            access.check(caller, recipientId);
            return deliveries.ofRecipient(recipientId, wanted, limit);
        }
        if (caller.isAdmin()) {
            return deliveries.ofRecipient(null, wanted, limit);
        }
        Optional<Recipient> own = recipients.ofUser(caller.subject());
        return own.isEmpty() ? List.of() : deliveries.ofRecipient(own.get().id(), wanted, limit);
    }
}
