package org.roadmap.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.roadmap.events.EventJson;

import tools.jackson.databind.JsonNode;

/**
 * The signed-in user as a recipient who wants alerts at once: their (seeded) recipient made immediate and
 * inbox-only and in English, following the deadlines of the seeded road map. Ready once notifications-service knows every
 * seeded commitment and the alerts this set-up caused (commitments already overdue) have arrived.
 */
final class ImmediateFollower {

    private final PlatformApi gateway;
    private final String subscription;
    private final String subscriptionETag;
    private final List<SeededCommitment> seeded;

    private ImmediateFollower(PlatformApi gateway, HttpResponse<String> subscription, List<SeededCommitment> seeded) {
        this.gateway = gateway;
        this.subscription = EventJson.tree(subscription.body()).get("id").asString();
        this.subscriptionETag = subscription.headers().firstValue("ETag").orElseThrow();
        this.seeded = seeded;
    }

    static ImmediateFollower setUp(PlatformApi gateway, String user) throws Exception {
        JsonNode recipient = awaitRecipientOf(gateway, user);
        String id = recipient.get("id").asString();
        gateway.patch("/api/v1/recipients/" + id, "\"" + recipient.get("version").asLong() + "\"",
                "{\"immediate\": true, \"channels\": [\"inbox\"], \"language\": \"en\"}");
        HttpResponse<String> subscription = gateway.post("/api/v1/subscriptions", """
                {"recipientId": "%s", "roadMapId": "%s", "kinds": ["deadline"]}""".formatted(id,
                Platform.SEEDED_ROAD_MAP));
        List<SeededCommitment> seeded = openCommitments(gateway);
        for (SeededCommitment commitment : seeded) {
            awaitStatus(gateway, "/api/v1/notifications/commitments/" + commitment.id(), 200);
        }
        awaitQuietInbox(gateway);
        return new ImmediateFollower(gateway, subscription, seeded);
    }

    /** The seeded road map's commitments that can still be overdue, with their current ETags. */
    List<SeededCommitment> seededCommitments() {
        return seeded;
    }

    /** Stops following the road map, so adding thousands of commitments later alerts nobody at once. */
    void stopFollowing() throws Exception {
        gateway.delete("/api/v1/subscriptions/" + subscription, subscriptionETag);
    }

    private static JsonNode awaitRecipientOf(PlatformApi gateway, String user) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode recipient : gateway.getJson("/api/v1/recipients")) {
                if (user.equals(recipient.path("userId").asString(""))) {
                    return recipient;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("No recipient of " + user + " was seeded");
    }

    private static List<SeededCommitment> openCommitments(PlatformApi gateway) throws Exception {
        List<SeededCommitment> open = new ArrayList<>();
        JsonNode page = gateway.getJson("/api/v1/commitments?roadMapId=" + Platform.SEEDED_ROAD_MAP + "&size=100");
        for (JsonNode commitment : page.get("content")) {
            if (!"complete".equals(commitment.path("level").asString(""))) {
                String id = commitment.get("id").asString();
                open.add(new SeededCommitment(id, commitment.get("reference").asString(),
                        gateway.get("/api/v1/commitments/" + id).headers().firstValue("ETag").orElseThrow()));
            }
        }
        return open;
    }

    private static void awaitStatus(PlatformApi gateway, String path, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (PlatformApi.http().send(gateway.request(path).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " did not answer " + status + " in time");
            }
            Thread.sleep(200);
        }
    }

    /** The set-up's own alerts (deadlines already past or near) come at once: waits until none arrive for 3 s. */
    private static void awaitQuietInbox(PlatformApi gateway) throws Exception {
        long last = -1;
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
            long unread = gateway.getJson("/api/v1/inbox/unread-count").get("unread").asLong();
            if (unread != last) {
                last = unread;
                quietSince = System.nanoTime();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The inbox kept filling for 2 minutes");
            }
            Thread.sleep(200);
        }
    }
}
