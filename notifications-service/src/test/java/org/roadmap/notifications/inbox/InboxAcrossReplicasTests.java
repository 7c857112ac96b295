package org.roadmap.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.InboxStreamReader;
import org.roadmap.notifications.support.Replica;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestUser;

/**
 * Two replicas on one broker and one database: replica A (the test's service) fires and delivers,
 * replica B (started here, its scheduler off) serves the dashboard's stream, which still sees the item.
 */
class InboxAcrossReplicasTests extends ServiceTest {

    private final EventsOnTheWire wire = new EventsOnTheWire();
    private Replica replicaB;

    @AfterEach
    void close() {
        wire.close();
        if (replicaB != null) {
            replicaB.close();
        }
    }

    @Test
    void itemDeliveredByOneReplicaAppearsOnAStreamConnectedToAnother() throws Exception {
        clock.set(START);
        String group = "notifications-service-inbox-replica-b-" + UUID.randomUUID();
        replicaB = startReplicaB(group);
        awaitAssigned(group);
        ApiClient b = replicaB.api();
        String entity = "Replica ministry " + UUID.randomUUID();
        TestUser officer = newUser("replicas");
        api().post("/api/v1/recipients", RecipientMother.forUser(RecipientMother.inboxReader(entity), officer.subject()));
        try (InboxStreamReader streamFromB = InboxStreamReader.open(b, officer)) {
            await().atMost(Duration.ofSeconds(20)).until(streamFromB::connected);
            String commitment = UUID.randomUUID().toString();
            wire.send(commitment, EventsOnTheWire.registered(commitment, LocalDate.of(2025, 11, 17), entity, "Other"));
            await().atMost(Duration.ofSeconds(30)).until(() -> json(api().get(
                    "/api/v1/notifications/commitments/" + commitment + "/alerts")).size() == 4);

            clock.set(Instant.parse("2025-10-18T00:00:00Z"));

            await().atMost(Duration.ofSeconds(30)).until(() -> !streamFromB.data().isEmpty());
            assertThat(streamFromB.lines()).contains("event:notification");
            assertThat(streamFromB.data()).singleElement()
                    .satisfies(data -> assertThat(data).contains("【リマインダー】取組III.1の期限は30日後です"));
        }
    }

    /** The same service again, on the same broker and database and clock, with the alert scheduler off. */
    private Replica startReplicaB(String group) {
        return Replica.start("notifications-service-tests", clock, "--roadmap.notifications.scheduler.enabled=false",
                "--spring.cloud.stream.bindings.inboxBroadcast-in-0.group=" + group);
    }

    /** Replica B reads from the latest offset: it must hold its partitions before anything is published. */
    private static void awaitAssigned(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var members = admin.describeConsumerGroups(List.of(group)).all().get().get(group).members();
                return !members.isEmpty() && members.stream().map(MemberDescription::assignment)
                        .mapToInt(a -> a.topicPartitions().size()).sum() == 3;
            });
        }
    }
}
