package org.roadmap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker of docker-compose, as far as authentication and authorisation go: a real KRaft broker
 * with a SASL/SCRAM-SHA-512 listener, the StandardAuthorizer, nothing allowed without an ACL, one
 * principal per service and one for integrators, and the ACLs of {@code deploy/kafka/acls.txt}.
 */
class KafkaAclTests {

    private static final String COMMITMENTS = "roadmap.commitments.v1";
    private static final String COMMITMENTS_PUBLIC = "roadmap.commitments.public.v1";
    private static final String MEETINGS = "roadmap.meetings.v1";
    private static final String NOTIFICATIONS = "roadmap.notifications.v1";
    private static final List<String> PRINCIPALS = List.of("admin", "commitments-service", "meetings-service",
            "notifications-service", "integrator");

    @TempDir
    static Path logDir;

    private static EmbeddedKafkaBroker broker;
    private static String bootstrap;

    @BeforeAll
    static void startBrokerWithTheComposeAcls() throws Exception {
        List<Integer> ports = FreePorts.take(2);
        bootstrap = "127.0.0.1:" + ports.get(0);
        broker = EmbeddedKafkaBroker.start(logDir, ports.get(0), secured(ports.get(0), ports.get(1)),
                PRINCIPALS.stream().map(p -> "SCRAM-SHA-512=[name=" + p + ",password=" + password(p) + "]").toList());
        try (Admin admin = Admin.create(client("admin", password("admin")))) {
            admin.createTopics(Stream.of(COMMITMENTS, COMMITMENTS_PUBLIC, MEETINGS, NOTIFICATIONS)
                    .map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(AclFile.bindings()).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void commitmentsServiceWritesItsTopics() {
        assertThatCode(() -> send("commitments-service", COMMITMENTS)).doesNotThrowAnyException();
        assertThatCode(() -> send("commitments-service", COMMITMENTS_PUBLIC)).doesNotThrowAnyException();
    }

    @Test
    void noServiceWritesAnotherServicesTopic() {
        assertThat(failure(() -> send("meetings-service", COMMITMENTS))).isInstanceOf(TopicAuthorizationException.class);
        assertThat(failure(() -> send("notifications-service", COMMITMENTS))).isInstanceOf(TopicAuthorizationException.class);
        assertThat(failure(() -> send("commitments-service", MEETINGS))).isInstanceOf(TopicAuthorizationException.class);
        assertThat(failure(() -> send("meetings-service", NOTIFICATIONS))).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void integratorReadsThePublicTopicsOnly() {
        assertThatCode(() -> read("integrator", "integrator-statistics", MEETINGS)).doesNotThrowAnyException();
        assertThatCode(() -> read("integrator", "integrator-statistics", COMMITMENTS_PUBLIC)).doesNotThrowAnyException();
        assertThat(failure(() -> read("integrator", "integrator-statistics", COMMITMENTS)))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThat(failure(() -> read("integrator", "integrator-statistics", NOTIFICATIONS)))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void integratorWritesNothingAndCannotJoinThePlatformsGroups() {
        for (String topic : List.of(COMMITMENTS, COMMITMENTS_PUBLIC, MEETINGS, NOTIFICATIONS)) {
            // a topic it may read it can describe, so there the refusal comes at the producer's first write
            assertThat(failure(() -> send("integrator", topic))).as(topic).isInstanceOf(AuthorizationException.class);
        }
        assertThat(failure(() -> read("integrator", "meetings-service", MEETINGS)))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void eachServiceReadsWhatItConsumesInItsOwnGroups() {
        assertThatCode(() -> read("meetings-service", "meetings-service", COMMITMENTS)).doesNotThrowAnyException();
        assertThatCode(() -> read("commitments-service", "commitments-service", MEETINGS)).doesNotThrowAnyException();
        assertThatCode(() -> read("notifications-service", "notifications-service", COMMITMENTS)).doesNotThrowAnyException();
        assertThatCode(() -> read("notifications-service", "notifications-service-inbox-" + UUID.randomUUID(),
                NOTIFICATIONS)).doesNotThrowAnyException();
        assertThat(failure(() -> read("meetings-service", "meetings-service", NOTIFICATIONS)))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThat(failure(() -> read("meetings-service", "commitments-service", COMMITMENTS)))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(failure(() -> {
            try (Admin admin = Admin.create(client("commitments-service", "not-the-password"))) {
                admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
            }
        })).isInstanceOf(SaslAuthenticationException.class);
    }

    /** The broker configuration docker-compose gives the kafka service, on loopback ports. */
    private static Properties secured(int port, int controllerPort) {
        Properties properties = EmbeddedKafkaBroker.properties(logDir, port, controllerPort);
        properties.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
        properties.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        properties.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        properties.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
        properties.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", jaas("admin", password("admin")));
        properties.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        properties.put("allow.everyone.if.no.acl.found", "false");
        // ANONYMOUS: the broker talking to its own controller over the plaintext listener, bound to loopback
        properties.put("super.users", "User:admin;User:ANONYMOUS");
        return properties;
    }

    private static void send(String principal, String topic) throws Exception {
        Map<String, Object> config = client(principal, password(principal));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get(30, TimeUnit.SECONDS);
        }
    }

    private static void read(String principal, String group, String topic) {
        Map<String, Object> config = client(principal, password(principal));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            while (System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(500));
            }
            consumer.commitSync();
        }
    }

    private static Map<String, Object> client(String principal, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(principal, password));
        return config;
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static String password(String principal) {
        return principal + "-" + UUID.nameUUIDFromBytes(principal.getBytes(StandardCharsets.UTF_8));
    }

    /** What the broker answered: the first Kafka API error in the chain (clients wrap them). */
    private static Throwable failure(ThrowingCall call) {
        try {
            call.run();
        } catch (Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiException) {
                    return cause;
                }
            }
            return thrown;
        }
        throw new AssertionError("expected a refusal, but it was allowed");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
