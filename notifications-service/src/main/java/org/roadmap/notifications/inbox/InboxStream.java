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
 * {@code NotificationSent} (see {@code inbox.messaging}); each item is pushed once per replica. A
 * dashboard that reconnects (its {@code Last-Event-ID} the last item it got) is first sent the items
 * it missed ({@link #replay}); each stream sends an item once, whether it came live or replayed.
 */
@Component
public class InboxStream {

    static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final int PUSHED_KEPT = 10_000;

    private static final int SENT_KEPT = 1_000;

    private final Map<String, List<Subscriber>> open = new ConcurrentHashMap<>();
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
        List<Subscriber> theirs = open.get(recipientId);
        if (theirs == null || theirs.isEmpty() || pushed.contains(itemId)) {
            return;
        }
        InboxItem item = mongo.findById(itemId, InboxItem.class);
        if (item != null) {
            publish(item);
        }
    }

    /** Opens a stream of the recipient's new items; {@link #replay} sends it what it missed first. */
    public SseEmitter subscribe(String recipientId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(emitter);
        List<Subscriber> theirs = open.computeIfAbsent(recipientId, id -> new CopyOnWriteArrayList<>());
        theirs.add(subscriber);
        Runnable remove = () -> theirs.remove(subscriber);
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
     * Sends a stream just opened the items its dashboard missed, oldest first. The stream is open before
     * they are read, so an item that arrives meanwhile is not lost; one that comes both ways goes out once.
     */
    public void replay(String recipientId, SseEmitter emitter, List<InboxItem> missed) {
        List<Subscriber> theirs = open.getOrDefault(recipientId, List.of());
        theirs.stream().filter(s -> s.emitter() == emitter).findFirst()
                .ifPresent(subscriber -> missed.forEach(item -> {
                    if (!subscriber.send(item)) {
                        theirs.remove(subscriber);
                    }
                }));
    }

    /**
     * Ends every open stream when the service shuts down: graceful shutdown would otherwise wait its
     * whole timeout for streams that never end by themselves, and a dashboard whose stream ends
     * reconnects after a short pause, through the gateway, to a replica that is up.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        open.values().forEach(theirs -> theirs.forEach(s -> s.emitter().complete()));
        open.clear();
    }

    void publish(InboxItem item) {
        List<Subscriber> theirs = open.get(item.recipientId());
        if (theirs == null || theirs.isEmpty() || !pushed.add(item.id())) {
            return;
        }
        for (Subscriber subscriber : theirs) {
            if (!subscriber.send(item)) {
                theirs.remove(subscriber);
            }
        }
    }

    /** One open stream, with the items it was sent lately, so none goes out twice on it. */
    private static final class Subscriber {

        private final SseEmitter emitter;
        private final Set<String> sent = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > SENT_KEPT;
            }
        });

        Subscriber(SseEmitter emitter) {
            this.emitter = emitter;
        }

        SseEmitter emitter() {
            return emitter;
        }

        /** False when the dashboard has gone. */
        synchronized boolean send(InboxItem item) {
            if (!sent.add(item.id())) {
                return true;
            }
            try {
                emitter.send(SseEmitter.event().name("notification").id(item.id())
                        .data(InboxView.of(item), MediaType.APPLICATION_JSON));
                return true;
            } catch (IOException | IllegalStateException gone) {
                return false;
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
