package org.roadmap.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The platform's event topics and how the embedded broker keeps them. Topics that already
 * exist are left as they are.
 */
final class PlatformTopics {

    static final List<String> NAMES = List.of(
            "roadmap.commitments.v1",
            // the copy integrators read: no restricted commitment's events
            "roadmap.commitments.public.v1",
            "roadmap.meetings.v1",
            "roadmap.notifications.v1");

    static final int PARTITIONS = 3;

    // The event log is kept forever so integrators can replay it from the beginning.
    static final Map<String, String> CONFIG = Map.of(
            "retention.ms", "-1",
            "cleanup.policy", "delete");

    private PlatformTopics() {
    }

    /** @return the topics that were missing and have been created, on the single broker */
    static List<String> createMissing(String bootstrapServers)
            throws ExecutionException, InterruptedException, TimeoutException {
        return createMissing(bootstrapServers, 1);
    }

    /**
     * @param brokers how many the cluster has: a cluster keeps each partition on {@link EmbeddedKafkaCluster#REPLICATION}
     *                of them and acknowledges a write once {@link EmbeddedKafkaCluster#MIN_IN_SYNC} have it
     * @return the topics that were missing and have been created
     */
    static List<String> createMissing(String bootstrapServers, int brokers)
            throws ExecutionException, InterruptedException, TimeoutException {
        short replicas = (short) (brokers == 1 ? 1 : EmbeddedKafkaCluster.REPLICATION);
        Map<String, String> config = new java.util.HashMap<>(CONFIG);
        if (brokers > 1) {
            config.put("min.insync.replicas", String.valueOf(EmbeddedKafkaCluster.MIN_IN_SYNC));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = NAMES.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, replicas).configs(config))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            return missing.stream().map(NewTopic::name).toList();
        }
    }
}
