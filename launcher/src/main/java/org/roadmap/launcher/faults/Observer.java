package org.roadmap.launcher.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A member of staff who follows the road map's deadlines and wants alerts as soon as they are due,
 * in the in-app inbox: every deadline moved into the past must reach them once, and only once.
 */
final class Observer {

    private final Api notifications;
    private final String recipientId;

    private Observer(Api notifications, String recipientId) {
        this.notifications = notifications;
        this.recipientId = recipientId;
    }

    /** Registers the observer (the working group registers staff) and their subscription. */
    static Observer register(Api notifications, String roadMapId) throws IOException, InterruptedException {
        HttpResponse<String> created = notifications.send("POST", "/api/v1/recipients", "application/json", """
                {"userId": "fault-suite-observer", "name": "Fault suite observer",
                 "organisation": "Road Map working group", "country": "PE", "language": "en", "timeZone": "America/Lima",
                 "channels": ["inbox"], "immediate": true, "responsibleFor": []}""");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not register the observer: " + created.statusCode() + " "
                    + created.body());
        }
        String id = Api.tree(created.body()).path("id").asText();
        HttpResponse<String> subscribed = notifications.send("POST", "/api/v1/subscriptions", "application/json",
                "{\"recipientId\": \"" + id + "\", \"roadMapId\": \"" + roadMapId + "\", \"kinds\": [\"deadline\"]}");
        if (subscribed.statusCode() != 201) {
            throw new IllegalStateException("could not subscribe the observer: " + subscribed.statusCode() + " "
                    + subscribed.body());
        }
        return new Observer(notifications, id);
    }

    /** The observer's overdue alerts about a commitment, as the operator sees them, to explain a finding. */
    String overdueAlerts(String commitmentId) throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        for (JsonNode alert : notifications.read("/api/v1/notifications/commitments/" + commitmentId + "/alerts?all=true")) {
            if (recipientId.equals(alert.path("recipientId").asText()) && alert.path("kind").asText().startsWith("deadline")) {
                text.append(String.format("%n      %s %s due %s fired %s occurrence %s", alert.path("kind").asText(),
                        alert.path("status").asText(), alert.path("dueAt").asText(), alert.path("firedAt").asText(),
                        alert.path("occurrence").asText()));
            }
        }
        for (JsonNode delivery : notifications.read("/api/v1/deliveries?recipientId=" + recipientId + "&limit=500")) {
            if (commitmentId.equals(delivery.path("aboutId").asText())) {
                text.append(String.format("%n      delivery %s %s occurrence %s created %s status %s", delivery.path("kind").asText(),
                        delivery.path("alertId").asText(), delivery.path("occurrence").asText(),
                        delivery.path("createdAt").asText(), delivery.path("status").asText()));
            }
        }
        JsonNode known = notifications.read("/api/v1/notifications/commitments/" + commitmentId);
        return "notifications-service knows deadline " + known.path("deadline").asText() + ", alerts:" + text;
    }

    /** Overdue notifications delivered to the observer since {@code since}, per commitment. */
    Map<String, List<Instant>> overdueDeliveredSince(Instant since) throws IOException, InterruptedException {
        Map<String, List<Instant>> delivered = new HashMap<>();
        for (JsonNode delivery : notifications.read("/api/v1/deliveries?recipientId=" + recipientId + "&limit=500")) {
            Instant created = Instant.parse(delivery.path("createdAt").asText());
            if ("deadline-overdue".equals(delivery.path("kind").asText()) && delivery.path("occurrence").asInt() == 0
                    && "SENT".equalsIgnoreCase(delivery.path("status").asText()) && !created.isBefore(since)) {
                delivered.computeIfAbsent(delivery.path("aboutId").asText(), c -> new ArrayList<>()).add(created);
            }
        }
        return delivered;
    }
}
