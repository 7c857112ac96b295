package org.roadmap.commitments.commitment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

/**
 * Lists are answered from each replica's listed commitments (docs/adr/0011): what another replica wrote is
 * listed here once its event arrives, and not from reading storage at each list.
 */
class ListedAcrossReplicasTests extends ServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    BindingServiceProperties bindings;

    @Autowired
    MeterRegistry meters;

    @Test
    void listsWhatAnotherReplicaWroteOnceItsEventArrives() throws Exception {
        ApiClient api = api();
        String roadMap = "listed-" + UUID.randomUUID().toString().substring(0, 8);
        String id = json(api.post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(roadMap)))
                .get("id").asString();
        String list = "/api/v1/commitments?roadMapId=" + roadMap;
        assertThat(titles(api, list)).contains("Report on cooperation within one year");
        // its own registration event, heard after the write below, would read storage again: let it pass first
        awaitOwnEventsHeard(id);

        // another replica's write: in storage, not yet heard of here
        mongo.updateFirst(new Query(where("_id").is(id)),
                new Update().set("title", "Renamed by another replica").inc("version", 1), "commitments");
        assertThat(titles(api, list)).as("read from this replica's listed commitments").doesNotContain(
                "Renamed by another replica");

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            // its event: the key names the commitment, which is what a replica reads again; sent again while
            // this replica's group, which starts at the latest offset, may still be joining
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                producer.send(new ProducerRecord<>(Topics.COMMITMENTS, id, "{}".getBytes())).get();
                assertThat(titles(api, list)).contains("Renamed by another replica");
            });
        }
    }

    @Test
    void doesNotReadAgainWhatItWroteItselfWhenItsEventsArrive() {
        ApiClient api = api();
        String roadMap = "listed-" + UUID.randomUUID().toString().substring(0, 8);
        double ownBefore = refreshes("own");
        double readBefore = refreshes("read");
        JsonNode registered = json(api.post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(roadMap)));
        String id = registered.get("id").asString();
        for (int version = 1; version <= 4; version++) {
            assertThat(api.patch("/api/v1/commitments/" + id, "{\"title\": \"Renamed " + version + "\"}",
                    "If-Match", "\"" + version + "\"").statusCode()).isEqualTo(200);
        }

        // a registration and four renames, each one event at least; one the relay sends before its write has
        // recorded it is read again, which is only a read more, so not every one need be counted as own
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                refreshes("own") - ownBefore + refreshes("read") - readBefore).isGreaterThanOrEqualTo(5));
        assertThat(refreshes("own") - ownBefore).isGreaterThanOrEqualTo(1);
        assertThat(titles(api, "/api/v1/commitments?roadMapId=" + roadMap)).contains("Renamed 4");
    }

    private double refreshes(String outcome) {
        var counter = meters.find("roadmap.listed.refreshes").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private void awaitOwnEventsHeard(String id) {
        String group = bindings.getBindingProperties("listedRefresh-in-0").getGroup();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers",
                EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(mongo.exists(new Query(where("_id").is(id).and("outbox.0").exists(true)),
                        "commitments")).as("its event relayed").isFalse();
                Map<TopicPartition, OffsetAndMetadata> read = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                read.keySet().forEach(partition -> ends.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResultInfo> latest = admin.listOffsets(ends).all().get();
                assertThat(read).as("partitions this replica reads").isNotEmpty();
                read.forEach((partition, offset) -> assertThat(offset.offset()).as("read up to the end of %s",
                        partition).isEqualTo(latest.get(partition).offset()));
            });
        }
    }

    private static String titles(ApiClient api, String path) {
        return json(api.get(path)).get("content").toString();
    }
}
