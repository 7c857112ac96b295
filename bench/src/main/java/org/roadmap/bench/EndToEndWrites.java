package org.roadmap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;

import tools.jackson.databind.JsonNode;

/**
 * The write path end to end at a steady offered load: PATCHes through the gateway, each moving a
 * seeded commitment's deadline to a new day in the past, sent on a fixed schedule; for each, when the
 * HTTP answer came, when its event was read off Kafka, and when the overdue notification reached the
 * immediate recipient's live inbox. Baseline: a raw producer-to-consumer round trip on the same broker
 * at the same offered rate. Latencies count from when a request was due, so a stall is not hidden. Beside them, each
 * domain service's MongoDB commands per write ({@link MongoCommands}), which the machine's load does not move, and each
 * process's CPU per write ({@link PlatformCpu}).
 */
final class EndToEndWrites {

    private static final String ROUND_TRIP_TOPIC = "bench.platform.round-trip";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int WINDOW_SECONDS = 5;

    private final LaunchedPlatform platform;
    private final PlatformApi gateway;
    private final List<SeededCommitment> commitments;
    private final Map<String, String> etags = new ConcurrentHashMap<>();
    private final double rate;
    private final int count;
    private final String prefix;
    private final int firstDay;
    private final Path traceDir;
    private final Map<String, Write> byEvent = new ConcurrentHashMap<>();
    private final Map<String, Write> byItem = new ConcurrentHashMap<>();

    /**
     * @param prefix   the figures' prefix ({@code write})
     * @param firstDay how many days before yesterday the first write moves a deadline: a later run on the same
     *                 platform starts past the days an earlier one used, so each of its PATCHes is a change
     * @param traceDir where to keep each write's timings, or null
     */
    EndToEndWrites(LaunchedPlatform platform, PlatformApi gateway, List<SeededCommitment> commitments, double rate,
            int seconds, String prefix, int firstDay, Path traceDir) {
        this.platform = platform;
        this.gateway = gateway;
        this.commitments = List.copyOf(commitments);
        commitments.forEach(c -> etags.put(c.id(), c.etag()));
        this.rate = rate;
        this.count = (int) Math.max(1, Math.round(rate * seconds));
        this.prefix = prefix;
        this.firstDay = firstDay;
        this.traceDir = traceDir;
    }

    /** The commitments as this run left them: the next run on the same platform sends their ETags. */
    List<SeededCommitment> commitmentsAfter() {
        return commitments.stream().map(c -> new SeededCommitment(c.id(), c.reference(), etags.get(c.id()))).toList();
    }

    /** The days this run's writes use, warm-up included: the next run's {@code firstDay} is this one's plus it. */
    int days() {
        return warmUp() + count;
    }

    private int warmUp() {
        return (int) Math.min(count, Math.max(3, rate * 2));
    }

    /** One PATCH and the moments its effects were seen (System.nanoTime; 0 = not yet). */
    private static final class Write {
        final String commitment;
        final String reference;
        final LocalDate deadline;
        volatile long due;
        volatile long answered;
        volatile long onKafka;
        volatile long inInbox;
        volatile boolean failed;

        Write(SeededCommitment commitment, LocalDate deadline) {
            this.commitment = commitment.id();
            this.reference = commitment.reference();
            this.deadline = deadline;
        }

        boolean settled() {
            return failed || inInbox != 0;
        }
    }

    Map<String, Double> run() throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        createRoundTripTopic();
        try (EventWatcher watcher = new EventWatcher(platform.kafkaBootstrapServers(),
                List.of(Topics.COMMITMENTS, ROUND_TRIP_TOPIC), this::nameOf);
                InboxEvents inbox = new InboxEvents(gateway, this::itemArrived)) {
            inbox.awaitConnected();
            int warmUp = warmUp();
            settle(round(0, warmUp));
            MongoCommands commandsBefore = MongoCommands.counted(platform);
            PlatformCpu cpuBefore = PlatformCpu.of(platform);
            List<Write> writes = round(warmUp, count);
            long started = writes.get(0).due;
            settle(writes);
            PlatformCpu cpuAfter = PlatformCpu.of(platform);
            MongoCommands commandsAfter = MongoCommands.counted(platform);
            Set<Write> superseded = superseded(writes);
            List<Write> unaccounted = unaccounted(writes);
            long missing = unaccounted.size();
            unaccounted.forEach(w -> System.err.printf(
                    "No inbox item for the PATCH of %s to %s (answered: %b, event on Kafka: %b)%n", w.commitment,
                    w.deadline, w.answered != 0, w.onKafka != 0));
            long failed = writes.stream().filter(w -> w.failed).count();
            Latencies answered = latencies("PATCH deadline -> HTTP answer", writes, w -> w.answered, started);
            Latencies onKafka = latencies("PATCH deadline -> event on Kafka", writes, w -> w.onKafka, started);
            Latencies inInbox = latencies("PATCH deadline -> in the recipient's inbox", writes, w -> w.inInbox, started);
            Latencies baseline = roundTrips(watcher);
            System.out.printf(Locale.ROOT, "%nWrite path end to end: %d PATCHes offered at %.1f/s (open loop) through "
                    + "the gateway; %d failed, %d superseded (their commitment's deadline moved again before their "
                    + "alert fired, and the later change reached the inbox), %d without inbox item after %d s%n", count,
                    rate, failed, superseded.size(), missing, PATIENCE.toSeconds());
            for (Latencies stage : List.of(answered, onKafka, inInbox, baseline)) {
                System.out.println("  " + stage.line());
            }
            System.out.println("  " + byWindow(writes, started));
            if (traceDir != null) {
                trace(writes, started);
            }
            StringBuilder commands = new StringBuilder("  MongoDB commands per write:");
            commandsAfter.perWrite(commandsBefore, count).forEach((service, perWrite) -> {
                figures.put(prefix + ".mongo-commands-per-write." + service, perWrite);
                commands.append(String.format(Locale.ROOT, " %s %.1f", service, perWrite));
            });
            System.out.println(commands);
            commandsAfter.byCommand(commandsBefore, count).forEach((service, byCommand) -> {
                StringBuilder which = new StringBuilder("    " + service + ":");
                byCommand.forEach((command, perWrite) -> {
                    figures.put(prefix + ".mongo-commands-per-write." + service + "." + command.replace(' ', '.'),
                            perWrite);
                    if (perWrite >= 0.05) {
                        which.append(String.format(Locale.ROOT, " %s %.2f;", command, perWrite));
                    }
                });
                System.out.println(which);
            });
            StringBuilder cpu = new StringBuilder("  CPU per write (ms), from the first write until the last settled:");
            cpuAfter.millisPerWrite(cpuBefore, count).forEach((part, millis) -> {
                figures.put(prefix + ".cpu-ms-per-write." + part, millis);
                cpu.append(String.format(Locale.ROOT, " %s %.1f", part, millis));
            });
            System.out.println(cpu);
            System.out.printf(Locale.ROOT, "  => achieved %.2f writes/s end to end (offered %.1f/s); end to end p50 x%.1f, "
                    + "p99 x%.1f of the raw Kafka round trip%n", inInbox.perSecond(), rate,
                    inInbox.percentileMillis(50) / baseline.percentileMillis(50),
                    inInbox.percentileMillis(99) / baseline.percentileMillis(99));
            figures.put(prefix + ".offered-per-s", rate);
            figures.put(prefix + ".failed", (double) failed);
            figures.put(prefix + ".superseded", (double) superseded.size());
            figures.put(prefix + ".missing", (double) missing);
            figures.putAll(answered.figures(prefix + ".http"));
            figures.putAll(onKafka.figures(prefix + ".kafka"));
            figures.putAll(inInbox.figures(prefix + ".inbox"));
            figures.putAll(baseline.figures(prefix + ".baseline-kafka-round-trip"));
            figures.put(prefix + ".ratio.e2e-p50", inInbox.percentileMillis(50) / baseline.percentileMillis(50));
            figures.put(prefix + ".ratio.e2e-p99", inInbox.percentileMillis(99) / baseline.percentileMillis(99));
        }
        return figures;
    }

    /** Sends writes {@code from} .. {@code from + n - 1} on the schedule; each to the next commitment in turn. */
    private List<Write> round(int from, int n) throws InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Write> writes = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            // a new day in the past each time, so each PATCH is a real change and its alert a new one
            writes.add(new Write(commitments.get(i % commitments.size()), today.minusDays(2 + firstDay + i)));
        }
        OpenLoop.run(rate, n, i -> send(writes.get(i)));
        return writes;
    }

    private void send(Write write) {
        write.due = System.nanoTime();
        byEvent.put(write.commitment + "|" + write.deadline, write);
        byItem.put(itemSubject(write.reference, write.deadline), write);
        gateway.patchAsync("/api/v1/commitments/" + write.commitment, etags.get(write.commitment),
                "{\"deadline\": \"" + write.deadline + "\"}").whenComplete((response, error) -> {
                    write.answered = System.nanoTime();
                    if (error != null || response.statusCode() != 200) {
                        write.failed = true;
                        System.err.println("PATCH failed: " + (error != null ? error : response.statusCode() + " "
                                + response.body()));
                        return;
                    }
                    response.headers().firstValue("ETag").ifPresent(etag -> etags.put(write.commitment, etag));
                });
    }

    /** A deadline change of a write, or a round trip's record; null for anything else on the topics. */
    private String nameOf(ConsumerRecord<String, byte[]> record) {
        if (record.topic().equals(ROUND_TRIP_TOPIC)) {
            return "round-trip|" + record.key();
        }
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !EventType.COMMITMENT_DEADLINE_CHANGED.type()
                .equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return null;
        }
        String name = record.key() + "|" + EventJson.tree(new String(record.value(), StandardCharsets.UTF_8))
                .path("deadline").asString("");
        Write write = byEvent.get(name);
        if (write != null && write.onKafka == 0) {
            write.onKafka = System.nanoTime();
        }
        return name;
    }

    /**
     * The overdue item a write causes names the commitment and the deadline it was moved to (the item's
     * {@code aboutId} is the meeting series for commitments that have one, so it cannot tell them apart).
     */
    private void itemArrived(JsonNode item, long at) {
        Write write = byItem.get(item.path("subject").asString(""));
        if (write != null && write.inInbox == 0) {
            write.inInbox = at;
        }
    }

    /** The subject of the recipient's (English) overdue message, as notifications-service words it. */
    private static String itemSubject(String reference, LocalDate deadline) {
        return "Overdue: commitment " + reference + " was due on "
                + DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH).format(deadline);
    }

    private static void settle(List<Write> writes) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && !unaccounted(writes).isEmpty()) {
            Thread.sleep(50);
        }
    }

    /** The writes neither settled (failed, or in the inbox) nor superseded. */
    private static List<Write> unaccounted(List<Write> writes) {
        Set<Write> superseded = superseded(writes);
        return writes.stream().filter(w -> !w.settled() && !superseded.contains(w)).toList();
    }

    /**
     * The writes with no inbox item whose commitment a later write changed again, that later change's item having
     * arrived: notifications-service checks a due alert against the commitment as it stands, so an overdue alert
     * for a deadline that moved meanwhile is cancelled, and the recipient hears of the deadline it has now.
     */
    private static Set<Write> superseded(List<Write> writes) {
        Map<String, Integer> lastNotified = new HashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            if (writes.get(i).inInbox != 0) {
                lastNotified.put(writes.get(i).commitment, i);
            }
        }
        Set<Write> superseded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < writes.size(); i++) {
            Write write = writes.get(i);
            if (!write.settled() && lastNotified.getOrDefault(write.commitment, -1) > i) {
                superseded.add(write);
            }
        }
        return superseded;
    }

    /**
     * Each write's timings in {@code traceDir}, one file a run ({@code <prefix>-<start>.csv}): when it was due from the
     * run's start, and from then its answer, its event on Kafka and its inbox item (-1: never), in milliseconds.
     */
    private void trace(List<Write> writes, long started) throws IOException {
        StringBuilder csv = new StringBuilder("due_ms,answered_ms,kafka_ms,inbox_ms,commitment\n");
        for (Write w : writes) {
            csv.append(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f,%s%n", (w.due - started) / 1e6,
                    since(w, w.answered), since(w, w.onKafka), since(w, w.inInbox), w.commitment));
        }
        Files.createDirectories(traceDir);
        Files.writeString(traceDir.resolve(prefix + "-" + System.currentTimeMillis() + ".csv"), csv);
    }

    private static double since(Write write, long seenAt) {
        return seenAt == 0 ? -1 : (seenAt - write.due) / 1e6;
    }

    /**
     * Write to inbox p99 of the writes due in each {@value #WINDOW_SECONDS}-second window of the run: a backlog that
     * forms and drains shows as a few bad windows, a rate the platform cannot keep up with as windows that get worse.
     */
    private static String byWindow(List<Write> writes, long started) {
        Map<Long, List<Long>> windows = new TreeMap<>();
        for (Write write : writes) {
            if (!write.failed && write.inInbox != 0) {
                long window = (write.due - started) / (WINDOW_SECONDS * 1_000_000_000L);
                windows.computeIfAbsent(window, w -> new ArrayList<>()).add(write.inInbox - write.due);
            }
        }
        StringBuilder line = new StringBuilder("write -> inbox p99 by " + WINDOW_SECONDS + " s window (ms):");
        windows.values().forEach(nanos -> line.append(String.format(Locale.ROOT, " %.0f",
                Latencies.percentileMillis(nanos.stream().mapToLong(Long::longValue).toArray(), 99))));
        return line.toString();
    }

    private static Latencies latencies(String name, List<Write> writes, ToLongFunction<Write> seenAt, long started) {
        long[] nanos = writes.stream().filter(w -> !w.failed && seenAt.applyAsLong(w) != 0)
                .mapToLong(w -> seenAt.applyAsLong(w) - w.due).toArray();
        long ended = writes.stream().mapToLong(seenAt).max().orElse(started);
        return Latencies.of(name, nanos, started, ended);
    }

    /** Like the event topics (3 partitions), made before the consumer subscribes so it is assigned at once. */
    private void createRoundTripTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(ROUND_TRIP_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(ROUND_TRIP_TOPIC, 3, (short) 1))).all().get();
            }
        }
    }

    /** The same number of records at the same offered rate, from a plain producer to the plain consumer. */
    private Latencies roundTrips(EventWatcher watcher) throws InterruptedException {
        long[] due = new long[count];
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(ROUND_TRIP_TOPIC, "warm-up", new byte[0]));
            watcher.await("round-trip|warm-up", PATIENCE);
            long started = OpenLoop.run(rate, count, i -> {
                due[i] = System.nanoTime();
                producer.send(new ProducerRecord<>(ROUND_TRIP_TOPIC, "r" + i,
                        ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
            });
            long[] nanos = new long[count];
            long ended = started;
            for (int i = 0; i < count; i++) {
                long arrived = watcher.await("round-trip|r" + i, PATIENCE);
                nanos[i] = arrived - due[i];
                ended = Math.max(ended, arrived);
            }
            return Latencies.of("raw Kafka producer -> consumer (baseline)", nanos, started, ended);
        }
    }
}
