package org.roadmap.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.TopicReader;

import tools.jackson.databind.JsonNode;

/** Webhook deliveries to a real HTTP server that checks signatures the way a receiver library does. */
class WebhookTests extends ServiceTest {

    private final EventsOnTheWire wire = new EventsOnTheWire();
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;

    record Received(String id, String timestamp, String signature, String body, boolean valid) {
    }

    @AfterEach
    void stop() {
        wire.close();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void receiverVerifiesTheStandardWebhooksSignatureOfTheAlert() throws Exception {
        String recipient = receiverAnswering(204);
        String commitment = alertDueFor(recipient);

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        Received call = received.get(0);
        assertThat(call.valid()).isTrue();
        JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build().readTree(call.body());
        assertThat(payload.get("type").asString()).isEqualTo("roadmap.alert.deadline-ahead");
        assertThat(payload.get("data").get("aboutId").asString()).isEqualTo(commitment);
        JsonNode delivery = json(api().get("/api/v1/deliveries/" + call.id()));
        assertThat(delivery.get("status").asString()).isEqualTo("SENT");
        assertThat(delivery.get("channel").asString()).isEqualTo("WEBHOOK");
        assertThat(delivery.get("attempts")).hasSize(1);
    }

    @Test
    void failingReceiverGetsRetriesWithTheSameIdThenTheDeliveryFailsVisibly() throws Exception {
        String recipient = receiverAnswering(500);
        alertDueFor(recipient);

        await().atMost(Duration.ofSeconds(20)).until(() -> json(api().get("/api/v1/deliveries?recipientId="
                + recipient + "&status=failed")).size() == 1);
        JsonNode delivery = json(api().get("/api/v1/deliveries?recipientId=" + recipient)).get(0);
        assertThat(delivery.get("reason").asString()).isEqualTo("webhook-http-500");
        assertThat(delivery.get("attempts")).hasSize(4);
        assertThat(received).hasSize(4).extracting(Received::id).containsOnly(delivery.get("id").asString());
        assertThat(received).allMatch(Received::valid);
        try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
            var failed = topic.readUntil(r -> recipient.equals(r.key()), Duration.ofSeconds(20)).stream()
                    .filter(r -> recipient.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicReader.header(failed, "ce_type")).isEqualTo(EventType.NOTIFICATION_FAILED.type());
        }
    }

    @Test
    void digestReaderGetsTheDaysAlertsAsOneSignedDigest() throws Exception {
        String recipient = receiverAnswering(204, true);
        String commitment = alertDueFor(recipient);

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        Received call = received.get(0);
        assertThat(call.valid()).isTrue();
        JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build().readTree(call.body());
        assertThat(payload.get("type").asString()).isEqualTo("roadmap.alert.daily-digest");
        assertThat(payload.get("data").get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("aboutId").asString()).isEqualTo(commitment));
        assertThat(payload.get("data").get("subject").asString()).isEqualTo("Road Map: your alert for Saturday, 18 October 2025");
        assertThat(json(api().get("/api/v1/deliveries/" + call.id())).get("kind").asString()).isEqualTo("daily-digest");
    }

    @Test
    void refusesToRegisterAWebhookThatWouldCallIntoTheNetworkWhenNotAllowed() {
        // allowed in this test context (the receiver is local); WebhookTargetsTests covers the refusal itself
        assertThat(api().post("/api/v1/recipients", RecipientMother.webhookReceiver("http://[::1")).statusCode())
                .isEqualTo(400);
    }

    private String receiverAnswering(int status) throws Exception {
        return receiverAnswering(status, false);
    }

    private String receiverAnswering(int status, boolean digest) throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/roadmap", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            received.add(new Received(id, timestamp, signature, body, verifies(id, timestamp, body, signature)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/roadmap";
        String details = RecipientMother.webhookReceiver(url);
        JsonNode created = json(api().post("/api/v1/recipients",
                digest ? details.replace("\"channels\"", "\"digest\": true, \"channels\"") : details));
        secret = created.get("webhookSecret").asString();
        return created.get("id").asString();
    }

    /** What a receiver does, written independently of the service's signer. */
    private boolean verifies(String id, String timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return header != null && List.of(header.split(" ")).contains("v1," + expected);
        } catch (Exception e) {
            return false;
        }
    }

    private String alertDueFor(String recipient) {
        clock.set(START);
        String commitment = UUID.randomUUID().toString();
        assertThat(api().post("/api/v1/subscriptions", """
                {"recipientId": "%s", "commitmentId": "%s", "kinds": ["deadline"], "leadTimes": {"deadline": [30], "overdue": false}}
                """.formatted(recipient, commitment)).statusCode()).isEqualTo(201);
        wire.send(commitment, EventsOnTheWire.registered(commitment, LocalDate.of(2025, 11, 17), "Webhook JP " + commitment,
                "Webhook PE " + commitment));
        await().atMost(Duration.ofSeconds(30)).until(() -> json(api().get(
                "/api/v1/notifications/commitments/" + commitment + "/alerts")).size() == 1);
        clock.set(Instant.parse("2025-10-18T14:00:00Z"));
        return commitment;
    }
}
