package org.roadmap.notifications.inbox.web;

import java.util.List;
import java.util.Map;

import org.roadmap.notifications.inbox.InboxManagement;
import org.roadmap.notifications.inbox.InboxStream;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.platform.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A recipient's in-app inbox. Addressed by recipient id until the platform's sign-in (the gateway
 * issue) tells whose inbox a request may read.
 */
@RestController
@RequestMapping("/api/v1/inbox/{recipientId}")
class InboxController {

    private final InboxManagement inbox;
    private final InboxStream stream;
    private final RecipientManagement recipients;

    InboxController(InboxManagement inbox, InboxStream stream, RecipientManagement recipients) {
        this.inbox = inbox;
        this.stream = stream;
        this.recipients = recipients;
    }

    /** Newest first; {@code unread=true} for unread items only. */
    @GetMapping
    List<InboxStream.InboxView> list(@PathVariable String recipientId,
            @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "50") int limit) {
        recipients.load(recipientId);
        if (limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "must be between 1 and 200");
        }
        return inbox.list(recipientId, unread, limit).stream().map(InboxStream.InboxView::of).toList();
    }

    @GetMapping("/unread-count")
    Map<String, Integer> unreadCount(@PathVariable String recipientId) {
        recipients.load(recipientId);
        return Map.of("unread", inbox.unreadCount(recipientId));
    }

    @PostMapping("/items/{itemId}/read")
    InboxStream.InboxView markRead(@PathVariable String recipientId, @PathVariable String itemId) {
        return InboxStream.InboxView.of(inbox.markRead(recipientId, itemId));
    }

    @PostMapping("/read-all")
    ResponseEntity<Map<String, Integer>> markAllRead(@PathVariable String recipientId) {
        recipients.load(recipientId);
        return ResponseEntity.ok(Map.of("marked", inbox.markAllRead(recipientId)));
    }

    /** Server-Sent Events: one {@code notification} event per new item, for the dashboard. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String recipientId) {
        recipients.load(recipientId);
        return stream.subscribe(recipientId);
    }
}
