package org.roadmap.launcher;

import java.util.List;

/**
 * What the services need before they can start: MongoDB and Kafka, with the platform's topics.
 */
final class EmbeddedInfrastructure implements AutoCloseable {

    private final EmbeddedMongo mongo;
    private final EmbeddedKafkaCluster kafka;
    private final List<String> createdTopics;

    private EmbeddedInfrastructure(EmbeddedMongo mongo, EmbeddedKafkaCluster kafka, List<String> createdTopics) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.createdTopics = createdTopics;
    }

    static EmbeddedInfrastructure start(LauncherSettings settings) throws Exception {
        EmbeddedMongo mongo = EmbeddedMongo.start(settings.mongoFile(), settings.mongoPort());
        EmbeddedKafkaCluster kafka = null;
        try {
            kafka = EmbeddedKafkaCluster.start(settings);
            List<String> created = PlatformTopics.createMissing(kafka.bootstrapServers(), kafka.size());
            return new EmbeddedInfrastructure(mongo, kafka, created);
        } catch (Exception | Error e) {
            if (kafka != null) {
                kafka.close();
            }
            mongo.close();
            throw e;
        }
    }

    String mongoConnectionString() {
        return mongo.connectionString();
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    List<String> createdTopics() {
        return createdTopics;
    }

    @Override
    public void close() {
        // Reverse start order.
        try {
            kafka.close();
        } finally {
            mongo.close();
        }
    }
}
