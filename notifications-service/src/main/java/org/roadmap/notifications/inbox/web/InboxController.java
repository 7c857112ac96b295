package org.roadmap.notifications.inbox.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;

import org.roadmap.notifications.inbox.InboxManagement;
import org.roadmap.notifications.inbox.InboxStream;
import org.roadmap.notifications.recipient.RecipientAccess;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The caller's in-app inbox: the inbox of the recipient whose user is the token's {@code sub}. Nobody
 * addresses another's inbox, the working group included; an item of someone else's is simply not in yours.
 */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

    /** What a reconnecting dashboard is sent of what it missed; the rest is in its inbox. */
    private static final int MISSED_SENT = 100;

    private final InboxManagement inbox;
    private final InboxStream stream;
    private final RecipientAccess access;

    InboxController(InboxManagement inbox, InboxStream stream, RecipientAccess access) {
        this.inbox = inbox;
        this.stream = stream;
        this.access = access;
    }

    /** Newest first; {@code unread=true} for unread items only. */
    @GetMapping
    List<InboxStream.InboxView> list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "50") int limit, Caller caller) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "must be between 1 and 200");
        }
        return inbox.list(mine(caller), unread, limit).stream().map(InboxStream.InboxView::of).toList();
    }

    @GetMapping("/unread-count")
    Map<String, Integer> unreadCount(Caller caller) {
        return Map.of("unread", inbox.unreadCount(mine(caller)));
    }

    @PostMapping("/items/{itemId}/read")
    InboxStream.InboxView markRead(@PathVariable String itemId, Caller caller) {
        return InboxStream.InboxView.of(inbox.markRead(mine(caller), itemId));
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead(Caller caller) {
        return Map.of("marked", inbox.markAllRead(mine(caller)));
    }

    /**
     * Server-Sent Events: one {@code notification} event per new item of the caller's, for the dashboard, its
     * id the item's. A browser that reconnects sends the last id it got as {@code Last-Event-ID}; the items
     * that came after it (up to 100, the newest) are sent first, so nothing delivered while it was away,
     * by whichever replica, is missed.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ApiResponse(responseCode = "200", description = "Server-sent events: each new inbox item as it arrives",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, Caller caller) {
        String recipient = mine(caller);
        SseEmitter emitter = stream.subscribe(recipient);
        if (lastEventId != null && !lastEventId.isBlank()) {
            stream.replay(recipient, emitter, inbox.after(recipient, lastEventId.strip(), MISSED_SENT));
        }
        return emitter;
    }

    private String mine(Caller caller) {
        return access.own(caller).id();
    }
}
