package org.roadmap.bench.faults;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.bench.PlatformApi;
import org.roadmap.events.EventJson;

import tools.jackson.databind.JsonNode;

/**
 * A member of staff who follows the road map's deadlines and wants alerts as soon as they are due,
 * in the in-app inbox: every deadline moved into the past must reach them once, and only once.
 */
final class Observer {

    private final PlatformApi notifications;
    private final String recipientId;

    private Observer(PlatformApi notifications, String recipientId) {
        this.notifications = notifications;
        this.recipientId = recipientId;
    }

    /** Registers the observer (the working group registers staff) and their subscription. */
    static Observer register(PlatformApi notifications, String roadMapId) throws IOException, InterruptedException {
        String id = EventJson.tree(notifications.post("/api/v1/recipients", """
                {"userId": "fault-suite-observer", "name": "Fault suite observer",
                 "organisation": "Road Map working group", "country": "PE", "language": "en", "timeZone": "America/Lima",
                 "channels": ["inbox"], "immediate": true, "responsibleFor": []}""").body()).path("id").asString("");
        notifications.post("/api/v1/subscriptions",
                "{\"recipientId\": \"" + id + "\", \"roadMapId\": \"" + roadMapId + "\", \"kinds\": [\"deadline\"]}");
        return new Observer(notifications, id);
    }

    /** The observer's overdue alerts about a commitment, as the operator sees them, to explain a finding. */
    String overdueAlerts(String commitmentId) throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        String about = "/api/v1/notifications/commitments/" + commitmentId;
        for (JsonNode alert : notifications.getJson(about + "/alerts?all=true")) {
            if (recipientId.equals(alert.path("recipientId").asString(""))
                    && alert.path("kind").asString("").startsWith("deadline")) {
                text.append(String.format("%n      %s %s due %s fired %s occurrence %s", values(alert, "kind", "status",
                        "dueAt", "firedAt", "occurrence")));
            }
        }
        for (JsonNode delivery : deliveries()) {
            if (commitmentId.equals(delivery.path("aboutId").asString(""))) {
                text.append(String.format("%n      delivery %s %s occurrence %s created %s status %s", values(delivery,
                        "kind", "alertId", "occurrence", "createdAt", "status")));
            }
        }
        return "notifications-service knows deadline " + notifications.getJson(about).path("deadline").asString("")
                + ", alerts:" + text;
    }

    /** Overdue notifications delivered to the observer since {@code since}, per commitment. */
    Map<String, List<Instant>> overdueDeliveredSince(Instant since) throws IOException, InterruptedException {
        Map<String, List<Instant>> delivered = new HashMap<>();
        for (JsonNode delivery : deliveries()) {
            Instant created = Instant.parse(delivery.path("createdAt").asString(""));
            if ("deadline-overdue".equals(delivery.path("kind").asString("")) && delivery.path("occurrence").asInt(0) == 0
                    && "SENT".equalsIgnoreCase(delivery.path("status").asString("")) && !created.isBefore(since)) {
                delivered.computeIfAbsent(delivery.path("aboutId").asString(""), c -> new ArrayList<>()).add(created);
            }
        }
        return delivered;
    }

    private JsonNode deliveries() throws IOException, InterruptedException {
        return notifications.getJson("/api/v1/deliveries?recipientId=" + recipientId + "&limit=500");
    }

    private static Object[] values(JsonNode node, String... fields) {
        return Arrays.stream(fields).map(field -> node.path(field).asString("")).toArray();
    }
}
