package org.roadmap.commitments.commitment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Lists are answered from each replica's listed commitments (docs/adr/0011): what another replica wrote is
 * listed here once its event arrives, and not from reading storage at each list.
 */
class ListedAcrossReplicasTests extends ServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void listsWhatAnotherReplicaWroteOnceItsEventArrives() throws Exception {
        ApiClient api = api();
        String roadMap = "listed-" + UUID.randomUUID().toString().substring(0, 8);
        String id = json(api.post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(roadMap)))
                .get("id").asString();
        String list = "/api/v1/commitments?roadMapId=" + roadMap;
        assertThat(titles(api, list)).contains("Report on cooperation within one year");

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

    private static String titles(ApiClient api, String path) {
        return json(api.get(path)).get("content").toString();
    }
}
