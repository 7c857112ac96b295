package org.roadmap.notifications;

import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.ResponsibleEntity;
import org.roadmap.events.meeting.MeetingScheduled;
import org.roadmap.events.meeting.MeetingSeriesCreated;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.WorkedExamples;

/**
 * The worked examples of docs/openapi/examples/notifications-service.md: every operation once, in the order
 * a ministry's staff meet them. The tour's person, recipient and subscription are its own; it sets the
 * test clock to the alerts' due times and back.
 */
class WorkedExamplesTests extends ServiceTest {

    private static final String STORY = """
            The tour follows a desk officer of Peru's foreign ministry: she signs up for alerts about the \
            commitments her ministry answers for and subscribes to the meetings of the Road Map monitoring \
            working group; the alerts come due (the service runs on a test clock here, so the run's dates are \
            in October and November 2025), reach her inbox and email, and she reads them. The commitments and \
            the meeting are known to notifications-service from the events of commitments-service and \
            meetings-service.""";
    private static final String ROAD_MAP = "jp-pe-2024-2033";
    private static final TestUser OFFICER = new TestUser("mre-desk-officer", "María Quispe",
            "Ministry of Foreign Affairs of Peru (MRE)", "PE", List.of("reader"), "es", "America/Lima");
    private static final List<ResponsibleEntity> FOREIGN_MINISTRIES = List.of(
            new ResponsibleEntity("Ministry of Foreign Affairs of Japan (MOFA)", "JP", "lead"),
            new ResponsibleEntity("Ministry of Foreign Affairs of Peru (MRE)", "PE", "lead"));
    private static final String SERIES = "road-map-working-group";
    private static final String MEETING = SERIES + "-d20251202";

    @Test
    void showsEveryOperationOnceOnTheAlertsOfADeskOfficer() {
        clock.set(START);
        try (EventsOnTheWire wire = new EventsOnTheWire()) {
            tour(wire);
        } finally {
            clock.set(START);
        }
    }

    private void tour(EventsOnTheWire wire) {
        WorkedExamples examples = WorkedExamples.of("notifications-service", api(), STORY);
        ApiClient officer = api().recordedIn(examples).as(OFFICER);
        ApiClient admin = api().recordedIn(examples);

        examples.captionNext("The desk officer signs up for alerts, by email and in the dashboard's inbox, in"
                + " Spanish and Lima's time; she follows the commitments of her ministry by default.");
        HttpResponse<String> created = officer.post("/api/v1/recipients", """
                {"name": "María Quispe", "email": "maria.quispe@example.org",
                 "organisation": "Ministry of Foreign Affairs of Peru (MRE)", "country": "PE",
                 "language": "es", "timeZone": "America/Lima", "quietHours": {"from": "21:00", "to": "07:00"},
                 "channels": ["email", "inbox"], "responsibleFor": ["Ministry of Foreign Affairs of Peru (MRE)"]}""",
                "Idempotency-Key", "mre-desk-officer-signs-up");
        String recipient = json(created).get("id").asString();
        examples.captionNext("Her recipient, with its version (ETag).");
        officer.get("/api/v1/recipients/" + recipient);
        examples.captionNext("She has her alerts come at 08:30 rather than at 09:00.");
        officer.patch("/api/v1/recipients/" + recipient, "{\"deliveryTime\": \"08:30\"}", "If-Match", etag(created));
        examples.captionNext("The recipients she may see: her own.");
        officer.get("/api/v1/recipients?country=PE");

        String report = registeredReport(wire);
        examples.captionNext("III.1, due on 17 November 2025, as notifications-service knows it …");
        officer.get("/api/v1/notifications/commitments/" + report);
        examples.captionNext("… and her alerts about it: 30, 7 and 1 days ahead and when it is overdue.");
        officer.get("/api/v1/notifications/commitments/" + report + "/alerts");

        examples.captionNext("She subscribes to the working group's meetings, which notifications-service has not"
                + " heard of yet: the subscription is pending until it does. An Idempotency-Key makes a retry"
                + " subscribe once.");
        HttpResponse<String> subscribed = officer.post("/api/v1/subscriptions", """
                {"recipientId": "%s", "meetingSeriesId": "%s", "kinds": ["meeting"]}""".formatted(recipient, SERIES),
                "Idempotency-Key", "mre-desk-officer-follows-the-working-group");
        String subscription = "/api/v1/subscriptions/" + json(subscribed).get("id").asString();
        examples.captionNext("The subscription, with its version (ETag) …");
        officer.get(subscription);
        examples.captionNext("… reminded a week and a day ahead rather than two weeks and a day.");
        HttpResponse<String> changed = officer.patch(subscription, "{\"leadTimes\": {\"meeting\": [7, 1]}}",
                "If-Match", etag(subscribed));
        examples.captionNext("Her subscriptions.");
        officer.get("/api/v1/subscriptions?recipientId=" + recipient);
        scheduledMeeting(wire);
        examples.captionNext("The working group's meeting in Lima, as notifications-service knows it …");
        officer.get("/api/v1/notifications/meetings/" + MEETING);
        examples.captionNext("… and her alerts about it.");
        officer.get("/api/v1/notifications/meetings/" + MEETING + "/alerts");

        List<Instant> due = json(api().as(OFFICER).get("/api/v1/notifications/commitments/" + report + "/alerts"))
                .valueStream().map(alert -> Instant.parse(alert.get("dueAt").asString())).toList();
        examples.captionNext("Her dashboard listens for new inbox items; the first alert comes due 30 days ahead of"
                + " III.1, at 08:30 in Lima.");
        officer.firstEvent("/api/v1/inbox/stream", () -> clock.set(due.get(0)));
        clock.set(due.get(1));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                json(api().as(OFFICER).get("/api/v1/inbox/unread-count")).get("unread").asInt() == 2);
        examples.captionNext("A week ahead, the next one has come too: two unread items …");
        officer.get("/api/v1/inbox/unread-count");
        examples.captionNext("… newest first.");
        String newest = json(officer.get("/api/v1/inbox?unread=true&limit=10")).get(0).get("id").asString();
        examples.captionNext("She reads one …");
        officer.postWithoutBody("/api/v1/inbox/items/" + newest + "/read");
        examples.captionNext("… and marks the rest read.");
        officer.postWithoutBody("/api/v1/inbox/read-all");

        await().atMost(Duration.ofSeconds(30)).until(() -> json(api().get("/api/v1/deliveries?recipientId="
                + recipient + "&status=sent")).size() >= 2);
        examples.captionNext("The working group checks what was sent to her, over which channel, newest first …");
        String delivery = json(admin.get("/api/v1/deliveries?recipientId=" + recipient + "&limit=10")).get(0)
                .get("id").asString();
        examples.captionNext("… and one delivery with its attempts.");
        admin.get("/api/v1/deliveries/" + delivery);

        examples.captionNext("She unsubscribes from the meetings.");
        officer.delete(subscription, "If-Match", etag(changed));

        examples.recordOrAssertPublished();
    }

    /** III.1 of the road map, due on 17 November 2025, as commitments-service announces it; its alerts planned. */
    private String registeredReport(EventsOnTheWire wire) {
        String report = UUID.randomUUID().toString();
        wire.send(report, EventsOnTheWire.registered(report, LocalDate.of(2025, 11, 17),
                "Ministry of Foreign Affairs of Japan (MOFA)", "Ministry of Foreign Affairs of Peru (MRE)"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> alerts = api().as(OFFICER)
                    .get("/api/v1/notifications/commitments/" + report + "/alerts");
            return alerts.statusCode() == 200 && json(alerts).size() == 4;
        });
        return report;
    }

    /**
     * I.5 of the road map and the working group's meeting of 2 December 2025 in Lima, as commitments-service
     * and meetings-service announce them; the officer's alerts about the meeting planned as she asked.
     */
    private void scheduledMeeting(EventsOnTheWire wire) {
        String workingGroup = UUID.randomUUID().toString();
        wire.send(workingGroup, new CommitmentRegistered(workingGroup, ROAD_MAP, "I.5", "I", 5,
                "Road Map monitoring working group", "Establish a working group responsible for monitoring this Road"
                        + " Map, which will convene annually to ensure the fulfilment of its commitments. ...",
                FOREIGN_MINISTRIES, null, false, "roadmap-import", "annual", SERIES));
        Instant start = Instant.parse("2025-12-02T15:00:00Z");
        wire.send(SERIES, new MeetingSeriesCreated(SERIES, ROAD_MAP, "Road Map monitoring working group",
                "Ministries of Foreign Affairs and Embassies in Tokyo and Lima", "America/Lima", "PT3H", null, null,
                "per-occurrence", List.of(), "annual", List.of("I.5"), List.of(workingGroup), "wg-admin"));
        wire.send(SERIES, new MeetingScheduled(SERIES, MEETING, "Road Map monitoring working group", start,
                start.plus(Duration.ofHours(3)), EventsOnTheWire.LIMA, List.of(workingGroup),
                MeetingScheduled.CONFIRMED));
        // 404 until the meeting's event has been applied
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> alerts = api().as(OFFICER)
                    .get("/api/v1/notifications/meetings/" + MEETING + "/alerts");
            return alerts.statusCode() == 200
                    && json(alerts).valueStream().anyMatch(alert -> alert.get("daysAhead").asInt() == 7);
        });
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
