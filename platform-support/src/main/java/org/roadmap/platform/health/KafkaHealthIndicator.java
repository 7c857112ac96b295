package org.roadmap.platform.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether the Kafka cluster answers. An unreachable broker makes the service {@code DEGRADED},
 * not down: writes are kept in the outbox and consumers resume where they left off, so the
 * service should keep receiving traffic.
 */
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    static final Status DEGRADED = new Status("DEGRADED");

    private final Map<String, Object> adminProperties;
    private final Duration timeout;
    private volatile AdminClient admin;

    KafkaHealthIndicator(Map<String, Object> adminProperties, Duration timeout) {
        super("Kafka health check failed");
        this.adminProperties = adminProperties;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            var cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
            int nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            builder.up().withDetail("clusterId", cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS))
                    .withDetail("nodes", nodes);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            builder.status(DEGRADED).withDetail("error", "Kafka not reachable: " + e.getClass().getSimpleName());
        }
    }

    private AdminClient admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> properties = new java.util.HashMap<>(adminProperties);
                    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health-check");
                    admin = AdminClient.create(properties);
                }
            }
        }
        return admin;
    }

    @Override
    public void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
