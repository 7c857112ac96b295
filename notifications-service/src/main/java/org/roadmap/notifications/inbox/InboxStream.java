package org.roadmap.notifications.inbox;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live streams (Server-Sent Events) of new inbox items for open dashboards. Per replica: a
 * dashboard connected to another replica does not see items added here until it lists the inbox
 * again (or reconnects); with several replicas, sticky sessions or a broadcast topic would close that gap.
 */
@Component
public class InboxStream {

    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> open = new ConcurrentHashMap<>();

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

    void publish(InboxItem item) {
        List<SseEmitter> theirs = open.get(item.recipientId());
        if (theirs == null) {
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
            java.time.Instant createdAt, java.time.Instant readAt) {

        public static InboxView of(InboxItem i) {
            return new InboxView(i.id(), i.kind(), i.aboutId(), i.subject(), i.body(), i.late(), i.createdAt(),
                    i.readAt());
        }
    }
}
