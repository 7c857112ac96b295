package org.roadmap.notifications.delivery.web;

import java.util.Arrays;
import java.util.List;

import org.roadmap.notifications.delivery.Delivery;
import org.roadmap.notifications.delivery.DeliveryManagement;
import org.roadmap.notifications.delivery.DeliveryStatus;
import org.roadmap.platform.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What was sent to whom, over which channel, with each attempt: for staff checking why someone got nothing. */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final DeliveryManagement deliveries;

    DeliveryController(DeliveryManagement deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/{id}")
    Delivery get(@PathVariable String id) {
        return deliveries.load(id);
    }

    /** A recipient's deliveries, newest first; {@code status} = pending, sent or failed. */
    @GetMapping
    List<Delivery> list(@RequestParam String recipientId, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        DeliveryStatus wanted = null;
        if (status != null) {
            wanted = Arrays.stream(DeliveryStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("status", "must be one of pending, sent, failed"));
        }
        return deliveries.ofRecipient(recipientId, wanted, limit);
    }
}
