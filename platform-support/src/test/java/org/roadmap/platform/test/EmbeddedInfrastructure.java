package org.roadmap.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import org.roadmap.events.Topics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.ClassUtils;

/**
 * The real infrastructure of integration tests: one KRaft Kafka broker and one MongoDB-wire
 * server per test JVM, shared by all test classes of a module and left to die with the JVM, so
 * no cached Spring context outlives its broker.
 */
public final class EmbeddedInfrastructure {

    private static final String PUBLIC_KEY_LOCATION = "spring.security.oauth2.resourceserver.jwt.public-key-location";
    private static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /** Services with sign-in have the JOSE library that signs {@link TestTokens}; the others check no token. */
    private static final boolean SIGNED_IN = ClassUtils.isPresent("com.nimbusds.jwt.SignedJWT",
            EmbeddedInfrastructure.class.getClassLoader());

    /** The system property that points the tests' and benchmarks' services at a MongoDB of one's own. */
    public static final String MONGO_ADDRESS = "roadmap.test.mongo-address";

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoAddress;

    private EmbeddedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3,
                    Topics.COMMITMENTS, Topics.COMMITMENTS_PUBLIC, Topics.MEETINGS, Topics.NOTIFICATIONS);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.afterPropertiesSet();
            kafka = broker;
        }
        return kafka.getBrokersAsString();
    }

    /**
     * A database on the shared in-memory MongoDB-wire server, or on the server {@value #MONGO_ADDRESS} names
     * ({@code mongodb://host:port}): a benchmark run against the launcher's storage or a real MongoDB.
     */
    public static synchronized String mongoUri(String database) {
        if (mongoAddress == null) {
            String given = System.getProperty(MONGO_ADDRESS);
            if (given != null && !given.isBlank()) {
                mongoAddress = given.strip().replaceAll("/+$", "");
            } else {
                mongo = new MongoServer(new SnapshotReadsMemoryBackend());
                mongoAddress = "mongodb://127.0.0.1:" + mongo.bind().getPort();
            }
        }
        return mongoAddress + "/" + database;
    }

    /**
     * Points a Spring test context at the shared broker and at its own database, and makes it trust
     * the tokens of {@link TestTokens} instead of the local issuer.
     */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.kafka.bootstrap-servers", EmbeddedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
        if (SIGNED_IN) {
            registry.add(PUBLIC_KEY_LOCATION, TestTokens::publicKeyLocation);
            // Boot checks a public key only when no issuer is configured; the service's default names the local one
            registry.add(ISSUER_URI, () -> "");
        }
    }

    /** The same settings as command-line arguments, for tests that start applications themselves. */
    public static String[] arguments(String database) {
        String[] infrastructure = {"--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + mongoUri(database)};
        if (!SIGNED_IN) {
            return infrastructure;
        }
        return new String[] {infrastructure[0], infrastructure[1],
                "--" + PUBLIC_KEY_LOCATION + "=" + TestTokens.publicKeyLocation(), "--" + ISSUER_URI + "="};
    }
}
