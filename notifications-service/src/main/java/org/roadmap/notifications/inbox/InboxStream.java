package org.roadmap.notifications.inbox;

import jakarta.annotation.Nullable;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live streams (Server-Sent Events) of new inbox items for the dashboards connected to this replica.
 * Items added here are pushed at once; items any replica delivers arrive through the broadcast of
 * {@code NotificationSent} (see {@code inbox.messaging}); each item is pushed once per replica.
 */
@Component
public class InboxStream {

    static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final int PUSHED_KEPT = 10_000;

    private final Map<String, List<SseEmitter>> open = new ConcurrentHashMap<>();
    /** Item ids pushed lately, so an item added here and heard of again from the broadcast goes out once. */
    private final Set<String> pushed = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > PUSHED_KEPT;
                }
            }));
    private final MongoTemplate mongo;

    InboxStream(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An item delivered by some replica: pushed to the recipient's dashboards here, if any are open. */
    public void relay(String recipientId, String itemId) {
        List<SseEmitter> theirs = open.get(recipientId);
        if (theirs == null || theirs.isEmpty() || pushed.contains(itemId)) {
            return;
        }
        InboxItem item = mongo.findById(itemId, InboxItem.class);
        if (item != null) {
            publish(item);
        }
    }

    public SseEmitter subscribe(String recipientId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        List<SseEmitter> theirs = open.computeIfAbsent(recipientId, id -> new CopyOnWriteArrayList<>());
        theirs.add(emitter);
        Runnable remove = () -> theirs.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            remove.run();
        }
        return emitter;
    }

    /**
     * Ends every open stream when the service shuts down: graceful shutdown would otherwise wait its
     * whole timeout for streams that never end by themselves, and a dashboard whose stream ends
     * reconnects after a short pause, through the gateway, to a replica that is up.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        open.values().forEach(theirs -> theirs.forEach(SseEmitter::complete));
        open.clear();
    }

    void publish(InboxItem item) {
        List<SseEmitter> theirs = open.get(item.recipientId());
        if (theirs == null || theirs.isEmpty() || !pushed.add(item.id())) {
            return;
        }
        for (SseEmitter emitter : theirs) {
            try {
                emitter.send(SseEmitter.event().name("notification").id(item.id())
                        .data(InboxView.of(item), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                theirs.remove(emitter);
            }
        }
    }

    /** An inbox item as the dashboard shows it. */
    public record InboxView(String id, String kind, String aboutId, String subject, String body, boolean late,
            java.time.Instant createdAt, @Nullable java.time.Instant readAt) {

        public static InboxView of(InboxItem i) {
            return new InboxView(i.id(), i.kind(), i.aboutId(), i.subject(), i.body(), i.late(), i.createdAt(),
                    i.readAt());
        }
    }
}
