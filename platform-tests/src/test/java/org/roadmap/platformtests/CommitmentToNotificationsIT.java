package org.roadmap.platformtests;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.TestTokens;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same slice against the images docker-compose runs: Apache Kafka and a MongoDB replica
 * set. Skipped, and reported as skipped, where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class CommitmentToNotificationsIT extends CommitmentToNotificationsScenario {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Override
    String[] infrastructure(String database) {
        return new String[] {"--spring.kafka.bootstrap-servers=" + KAFKA.getBootstrapServers(),
                "--spring.mongodb.uri=" + MONGO.getReplicaSetUrl(database),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri="};
    }

    @Test
    void registeredCommitmentReachesNotificationsServiceOnRealImages() throws Exception {
        registeredCommitmentReachesNotificationsService();
    }
}
