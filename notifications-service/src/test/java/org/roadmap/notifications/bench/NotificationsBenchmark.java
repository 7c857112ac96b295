package org.roadmap.notifications.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.bson.Document;
import org.roadmap.events.EventEnvelope;
import org.roadmap.notifications.NotificationsApplication;
import org.roadmap.notifications.alert.AlertScheduler;
import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Language;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientDetails;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.notifications.subscription.EventKind;
import org.roadmap.notifications.subscription.LeadTimes;
import org.roadmap.notifications.subscription.Subscription;
import org.roadmap.notifications.subscription.SubscriptionManagement;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.platform.test.MutableClock;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Fan-out of one commitment event to N subscribed recipients (the schedule, then in-app delivery
 * of the step that comes due), and firing M due alerts — each printed next to a baseline measured
 * in the same run: the same number of documents written straight through the MongoDB driver,
 * without the service's logic. On the embedded MongoDB-wire server, like the tests; the outbox
 * relay and the background scheduler are off so only the measured work runs.
 * <p>
 * Run: {@code cd notifications-service && ../mvnw -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.classpath} then
 * {@code java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)"
 * org.roadmap.notifications.bench.NotificationsBenchmark 10000 100000} (the service's classes first, so its
 * {@code application.yml} wins over the one in platform-support's test jar).
 */
public final class NotificationsBenchmark {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    private NotificationsBenchmark() {
    }

    public static void main(String[] args) {
        int recipients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int dueAlerts = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        run(recipients, dueAlerts, System.out);
        System.exit(0);
    }

    /** Runs both measurements and prints them; returns the figures in milliseconds. */
    public static Map<String, Double> run(int recipients, int dueAlerts, PrintStream out) {
        MutableClock clock = new MutableClock(START);
        String[] arguments = EmbeddedInfrastructure.arguments("notifications-bench-" + UUID.randomUUID());
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--roadmap.outbox.relay-enabled=false", "--roadmap.notifications.scheduler.enabled=false",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--spring.cloud.stream.bindings.commitmentEvents-in-0.consumer.auto-startup=false",
                "--spring.cloud.stream.bindings.meetingEvents-in-0.consumer.auto-startup=false",
                "--spring.cloud.stream.bindings.inboxBroadcast-in-0.consumer.auto-startup=false"));
        Map<String, Double> figures = new LinkedHashMap<>();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NotificationsApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .web(WebApplicationType.NONE).run(all.toArray(String[]::new))) {
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            CommitmentProjection projection = app.getBean(CommitmentProjection.class);
            AlertScheduler scheduler = app.getBean(AlertScheduler.class);
            seed(app, recipients, clock.instant());
            out.printf("notifications-service benchmark: %,d subscribed recipients, %,d due alerts (embedded MongoDB-wire server)%n",
                    recipients, dueAlerts);

            double schedule = time(() -> {
                register(projection, UUID.randomUUID().toString());
                return 0;
            });
            double scheduleBase = time(() -> rawInsert(mongo, "bench_raw_alerts", recipients));
            figures.put("fan-out: schedule one event's alerts", schedule);
            figures.put("baseline: insert as many alert documents", scheduleBase);

            double deliver = time(() -> fireAtBothCapitals(clock, scheduler));
            double deliverBase = time(() -> rawDeliveries(mongo, recipients));
            figures.put("fan-out: fire and deliver to the inbox", deliver);
            figures.put("baseline: write as many deliveries and inbox items", deliverBase);

            int commitments = Math.max(1, dueAlerts / recipients);
            clock.set(START);
            double plan = time(() -> {
                for (int i = 0; i < commitments; i++) {
                    register(projection, UUID.randomUUID().toString());
                }
                return 0;
            });
            int due = commitments * recipients;
            double fire = time(() -> fireAtBothCapitals(clock, scheduler));
            double fireBase = time(() -> rawFiring(mongo, due));
            figures.put("planning " + due + " alerts", plan);
            figures.put("firing " + due + " due alerts", fire);
            figures.put("baseline: read, deliver and mark as many alerts", fireBase);

            print(out, recipients, due, figures);
        }
        return figures;
    }

    private static void print(PrintStream out, int recipients, int due, Map<String, Double> f) {
        List<String> keys = new ArrayList<>(f.keySet());
        out.println("| measurement | ms | per item (µs) | ratio to baseline |");
        out.println("|---|---:|---:|---:|");
        row(out, keys.get(0), f.get(keys.get(0)), recipients, f.get(keys.get(1)));
        row(out, keys.get(1), f.get(keys.get(1)), recipients, f.get(keys.get(1)));
        row(out, keys.get(2), f.get(keys.get(2)), recipients, f.get(keys.get(3)));
        row(out, keys.get(3), f.get(keys.get(3)), recipients, f.get(keys.get(3)));
        row(out, keys.get(4), f.get(keys.get(4)), due, null);
        row(out, keys.get(5), f.get(keys.get(5)), due, f.get(keys.get(6)));
        row(out, keys.get(6), f.get(keys.get(6)), due, f.get(keys.get(6)));
    }

    private static void row(PrintStream out, String name, double ms, int items, Double baseline) {
        out.printf("| %s | %,.0f | %,.1f | %s |%n", name, ms, ms * 1000 / items,
                baseline == null ? "—" : String.format("%.1f×", ms / baseline));
    }

    private static void seed(ConfigurableApplicationContext app, int count, Instant now) {
        List<Recipient> recipients = new ArrayList<>();
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean lima = i % 2 == 0;
            String id = "bench-r" + i;
            recipients.add(RecipientManagement.newRecipient(id, new RecipientDetails("Officer " + i,
                    "officer" + i + "@example.org", lima ? "MRE" : "MOFA", lima ? "PE" : "JP",
                    lima ? Language.ES : Language.JA, null, ZoneId.of(lima ? "America/Lima" : "Asia/Tokyo"), null, null,
                    Set.of(Channel.INBOX), null, false, false, List.of(), false, true), now));
            subscriptions.add(new Subscription("bench-s" + i, id, "jp-pe-2024-2033", "III", null, null, null,
                    List.of(EventKind.DEADLINE), new LeadTimes(List.of(30), List.of(), List.of(), false), 1, now, now,
                    null));
        }
        app.getBean(RecipientManagement.class).createAll(recipients);
        app.getBean(SubscriptionManagement.class).subscribeAll(subscriptions);
    }

    private static void register(CommitmentProjection projection, String id) {
        var registered = EventsOnTheWire.registered(id, DEADLINE, "Bench JP", "Bench PE");
        projection.registered(EventEnvelope.of("/bench", id, registered, Instant.now()), registered);
    }

    /** The 30-day step comes due at 09:00 in Tokyo, then 09:00 in Lima. */
    private static int fireAtBothCapitals(MutableClock clock, AlertScheduler scheduler) {
        LocalDate day = DEADLINE.minusDays(30);
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        int fired = scheduler.fireDue();
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("America/Lima")).toInstant());
        return fired + scheduler.fireDue();
    }

    private static int rawInsert(MongoTemplate mongo, String collection, int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(new Document("_id", UUID.randomUUID().toString()).append("planId", "deadline:x")
                    .append("recipientId", "bench-r" + i).append("kind", "DEADLINE_AHEAD").append("daysAhead", 30)
                    .append("dueAt", new Date()).append("status", "PENDING"));
        }
        mongo.getCollection(collection).insertMany(documents);
        return count;
    }

    private static int rawDeliveries(MongoTemplate mongo, int count) {
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            mongo.getCollection("bench_raw_deliveries").insertOne(new Document("_id", id).append("status", "SENT")
                    .append("recipientId", "bench-r" + i));
            mongo.getCollection("bench_raw_items").insertOne(new Document("_id", id).append("subject", "s")
                    .append("body", "b".repeat(900)));
            mongo.getCollection("bench_raw_inboxes").updateOne(new Document("_id", "bench-r" + i),
                    new Document("$addToSet", new Document("items", id)),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
        }
        return count;
    }

    private static int rawFiring(MongoTemplate mongo, int count) {
        rawInsert(mongo, "bench_raw_due", count);
        var due = mongo.getCollection("bench_raw_due");
        List<Object> ids = new ArrayList<>();
        due.find().projection(new Document("_id", 1)).forEach(d -> ids.add(d.get("_id")));
        for (Object id : ids) {
            due.find(new Document("_id", id)).first();
            mongo.getCollection("bench_raw_fired").insertOne(new Document("_id", id).append("status", "SENT"));
            due.updateOne(new Document("_id", id), new Document("$set", new Document("status", "FIRED")));
        }
        return count;
    }

    private static double time(Supplier<Integer> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
