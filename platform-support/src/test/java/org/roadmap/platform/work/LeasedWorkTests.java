package org.roadmap.platform.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.ClockProvider;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Two replicas of a service, each with its own {@link LeasedWork}, on one embedded MongoDB-wire server. */
@ExtendWith(OutputCaptureExtension.class)
class LeasedWorkTests {

    private static final MongoClient client = MongoClients.create(EmbeddedInfrastructure.mongoUri("leased-work-tests"));
    private static final MongoDatabase database = client.getDatabase("leased-work-tests");

    private final String name = "work-" + UUID.randomUUID();
    private final SimpleMeterRegistry metersA = new SimpleMeterRegistry();
    private final SimpleMeterRegistry metersB = new SimpleMeterRegistry();
    private final LeasedWork replicaA = new LeasedWork(database, metersA);
    private final LeasedWork replicaB = new LeasedWork(database, metersB);

    @AfterEach
    void stopReplicas() {
        replicaA.stop();
        replicaB.stop();
        replicaA.close();
        replicaB.close();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void whileOneReplicaRunsARoundTheOtherRunsNone() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        LeasedLoop a = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)), lease -> {
            entered.countDown();
            finish.await();
            return 1;
        });
        LeasedLoop b = replicaB.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)), lease -> 2);

        CompletableFuture<OptionalInt> first = CompletableFuture.supplyAsync(a::runOnce);
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        OptionalInt meanwhile = b.runOnce();
        finish.countDown();

        assertThat(meanwhile).isEmpty();
        assertThat(metersB.get("roadmap.work.lease.unavailable").tag("work", name).counter().count()).isEqualTo(1);
        assertThat(first.get(10, TimeUnit.SECONDS)).hasValue(1);
        assertThat(b.runOnce()).as("the lease is given back when the round ends").hasValue(2);
    }

    @Test
    void twoReplicasLoopingOnOneLeaseNeverOverlap() {
        AtomicInteger inRound = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        AtomicInteger rounds = new AtomicInteger();
        Round round = lease -> {
            overlapped.compareAndSet(false, inRound.incrementAndGet() > 1);
            Thread.sleep(5);
            inRound.decrementAndGet();
            return rounds.incrementAndGet();
        };
        replicaA.loop(name, Schedule.every(Duration.ofMillis(1), Duration.ofMinutes(1)), round);
        replicaB.loop(name, Schedule.every(Duration.ofMillis(1), Duration.ofMinutes(1)), round);

        replicaA.start();
        replicaB.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> rounds.get() >= 100);
        assertThat(overlapped).isFalse();
    }

    @Test
    void aRoundWhoseLeaseAnotherReplicaTookStopsBeforeItsNextStep() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch firstStepDone = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        LeasedLoop a = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)), lease -> {
            lease.renew();
            steps.add("A: first step");
            firstStepDone.countDown();
            goOn.await();
            lease.renew();
            steps.add("A: second step");
            return 2;
        });
        LeasedLoop b = replicaB.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)), lease -> {
            steps.add("B: whole round");
            return 1;
        });

        CompletableFuture<OptionalInt> roundOfA = CompletableFuture.supplyAsync(a::runOnce);
        assertThat(firstStepDone.await(10, TimeUnit.SECONDS)).isTrue();
        // A stalls past its lease (a long pause, a clock jump): the lease runs out and B takes it
        expireLease();
        assertThat(b.runOnce()).hasValue(1);
        goOn.countDown();

        assertThat(roundOfA.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(steps).containsExactly("A: first step", "B: whole round");
        assertThat(metersA.get("roadmap.work.rounds").tags("work", name, "outcome", "lease-lost").timer().count())
                .isEqualTo(1);
    }

    @Test
    void aRoundLongerThanItsLeaseKeepsItWhileItsReplicaLivesAndTheOtherRunsNoneMeanwhile() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch firstStepDone = new CountDownLatch(1);
        LeasedLoop a = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMillis(300)), lease -> {
            lease.renew();
            steps.add("A: first step");
            firstStepDone.countDown();
            Thread.sleep(1_500);
            lease.renew();
            steps.add("A: second step");
            return 2;
        });
        LeasedLoop b = replicaB.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMillis(300)), lease -> {
            steps.add("B: whole round");
            return 1;
        });

        CompletableFuture<OptionalInt> roundOfA = CompletableFuture.supplyAsync(a::runOnce);
        assertThat(firstStepDone.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(900); // three lease lengths into A's round
        OptionalInt meanwhile = b.runOnce();

        assertThat(meanwhile).isEmpty();
        assertThat(roundOfA.get(10, TimeUnit.SECONDS)).hasValue(2);
        assertThat(steps).containsExactly("A: first step", "A: second step");
        assertThat(b.runOnce()).hasValue(1);
    }

    @Test
    void aReplicaThatDiedMidRoundHandsItsWorkOverWithinOneLeaseLength() {
        Duration length = Duration.ofMillis(500);
        // what a killed replica leaves behind: the lease taken, nobody keeping it alive or giving it back
        assertThat(new Leases(database).acquire(name, length)).isPresent();
        LeasedLoop b = replicaB.loop(name, Schedule.every(Duration.ofHours(1), length), lease -> 1);
        assertThat(b.runOnce()).isEmpty();

        await().atMost(length.multipliedBy(4)).pollInterval(Duration.ofMillis(50)).until(() -> b.runOnce().isPresent());
    }

    @Test
    void stoppingInterruptsARoundEndsTheLoopSaysSoAndGivesTheLeaseBack(CapturedOutput output) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(5)), lease -> {
            entered.countDown();
            Thread.sleep(Duration.ofHours(1).toMillis());
            return 0;
        });
        replicaA.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        Thread worker = thread(name);

        replicaA.stop();

        assertThat(worker.isAlive()).isFalse();
        assertThat(output).contains(name + " stopped").doesNotContain("round failed");
        assertThat(replicaB.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(5)), lease -> 1).runOnce())
                .as("another replica need not wait five minutes for the lease").hasValue(1);
        assertThat(metersA.get("roadmap.work.rounds").tags("work", name, "outcome", "interrupted").timer().count())
                .isEqualTo(1);
    }

    @Test
    void anInterruptThatIsNotAStopIsLoggedAndTheLoopGoesOn(CapturedOutput output) {
        AtomicInteger rounds = new AtomicInteger();
        replicaA.loop(name, Schedule.every(Duration.ofMillis(100), Duration.ofMinutes(1)), lease -> rounds.incrementAndGet());
        replicaA.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 1);

        thread(name).interrupt();

        int before = rounds.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= before + 2);
        assertThat(output).contains(name + " was interrupted without being stopped; it goes on");
        assertThat(thread(name).isAlive()).isTrue();
    }

    @Test
    void aFailedRoundIsLoggedAndTheNextRoundRuns(CapturedOutput output) {
        AtomicInteger calls = new AtomicInteger();
        LeasedLoop loop = replicaA.loop(name, Schedule.every(Duration.ofMillis(50), Duration.ofMinutes(1)), lease -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("broker away");
            }
            return 1;
        });
        replicaA.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() >= 3);

        assertThat(output).contains(name + ": round failed, next in PT0.05S: java.lang.IllegalStateException: broker away");
        assertThat(metersA.get("roadmap.work.rounds").tags("work", name, "outcome", "failed").timer().count()).isEqualTo(1);
        assertThat(metersA.get("roadmap.work.rounds").tags("work", name, "outcome", "completed").timer().count())
                .isGreaterThanOrEqualTo(2);
        assertThat(loop.status().failing()).isFalse();
        assertThat(loop.status().lastError()).isEqualTo("broker away");
    }

    @Test
    void aWakeUpCutsThePauseShortAndOneGivenDuringARoundIsKept() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch inSecondRound = new CountDownLatch(1);
        CountDownLatch finishSecondRound = new CountDownLatch(1);
        LeasedLoop loop = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)), lease -> {
            if (rounds.incrementAndGet() == 2) {
                inSecondRound.countDown();
                finishSecondRound.await();
            }
            return 1;
        });
        replicaA.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 1);

        loop.wake();
        assertThat(inSecondRound.await(10, TimeUnit.SECONDS)).isTrue();
        loop.wake();
        finishSecondRound.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 3);
    }

    /** A replica woken while another holds the lease does its round soon after, not at its next pause's end. */
    @Test
    void aReplicaWokenWhileAnotherHeldTheLeaseRunsItsRoundSoonAfterItIsGivenBack() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger roundsOfB = new AtomicInteger();
        LeasedLoop a = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)), lease -> {
            inRound.countDown();
            finish.await();
            return 1;
        });
        LeasedLoop b = replicaB.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1))
                .startingAfter(Duration.ofHours(1)), lease -> roundsOfB.incrementAndGet());
        CompletableFuture<OptionalInt> held = CompletableFuture.supplyAsync(a::runOnce);
        assertThat(inRound.await(10, TimeUnit.SECONDS)).isTrue();
        replicaB.start();

        b.wake();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                metersB.get("roadmap.work.lease.unavailable").tag("work", name).counter().count() >= 1);
        finish.countDown();

        assertThat(held.get(10, TimeUnit.SECONDS)).hasValue(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> roundsOfB.get() == 1);
    }

    /** Work woken many times a second (an event per write) takes its lease once, not once a round. */
    @Test
    void roundsWithinTheLingerKeepTheLeaseAndItIsGivenBackWhenTheLingerPasses() throws Exception {
        AtomicInteger roundsOfA = new AtomicInteger();
        LeasedLoop a = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1))
                .startingAfter(Duration.ofHours(1)).lingering(Duration.ofSeconds(2)), lease -> {
                    lease.renew();
                    return roundsOfA.incrementAndGet();
                });
        LeasedLoop b = replicaB.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)), lease -> 2);
        replicaA.start();
        a.wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> roundsOfA.get() == 1);
        Document taken = database.getCollection(Leases.COLLECTION).find(Filters.eq("_id", name)).first();

        for (int round = 2; round <= 5; round++) {
            a.wake();
            int expected = round;
            await().atMost(Duration.ofSeconds(10)).until(() -> roundsOfA.get() == expected);
        }

        Document after = database.getCollection(Leases.COLLECTION).find(Filters.eq("_id", name)).first();
        assertThat(after.get("lockedAt")).as("taken once for five rounds").isEqualTo(taken.get("lockedAt"));
        assertThat(metersA.get("roadmap.work.rounds").tags("work", name, "outcome", "completed").timer().count())
                .isEqualTo(5);
        assertThat(b.runOnce()).as("kept for the next round meanwhile").isEmpty();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(b.runOnce()).as("given back once the linger passed").hasValue(2));
    }

    /** Wake-ups a busy stream gives within the pace go in one round; one after a quiet spell starts a round at once. */
    @Test
    void wakeUpsWithinThePaceGoInOneRoundAndOneAfterAQuietSpellIsNotHeldBack() throws Exception {
        Duration pace = Duration.ofSeconds(1);
        List<Long> starts = new CopyOnWriteArrayList<>();
        LeasedLoop loop = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1))
                .startingAfter(Duration.ofHours(1)).paced(pace), lease -> {
                    starts.add(System.nanoTime());
                    return 1;
                });
        replicaA.start();
        Thread.sleep(pace.toMillis() + 200);
        long quietWake = System.nanoTime();
        loop.wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> starts.size() == 1);
        assertThat(Duration.ofNanos(starts.get(0) - quietWake)).as("after a quiet spell").isLessThan(pace);

        for (int wake = 0; wake < 10; wake++) {
            loop.wake();
            Thread.sleep(10);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> starts.size() == 2);
        Thread.sleep(pace.toMillis() * 3 / 2);

        assertThat(starts).as("ten wake-ups within the pace, one round").hasSize(2);
        // the pace runs from a round's start, before it takes its lease: the work inside may start a little sooner
        // when its lease came quicker than the last one's (without the pace, 10 ms after the last wake-up)
        assertThat(Duration.ofNanos(starts.get(1) - starts.get(0))).isGreaterThanOrEqualTo(pace.minusMillis(100));
    }

    @Test
    void aLeaseKeptForTheNextRoundIsGivenBackWhenTheLoopStops() {
        AtomicInteger roundsOfA = new AtomicInteger();
        LeasedLoop a = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1))
                .startingAfter(Duration.ofHours(1)).lingering(Duration.ofMinutes(10)),
                lease -> roundsOfA.incrementAndGet());
        LeasedLoop b = replicaB.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)), lease -> 2);
        replicaA.start();
        a.wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> roundsOfA.get() == 1);
        assertThat(b.runOnce()).isEmpty();

        replicaA.stop();

        assertThat(b.runOnce()).hasValue(2);
    }

    @Test
    void aKeptLeaseThatRanOutIsTakenAnewByTheNextRound() {
        AtomicInteger roundsOfA = new AtomicInteger();
        LeasedLoop a = replicaA.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1))
                .startingAfter(Duration.ofHours(1)).lingering(Duration.ofMinutes(10)), lease -> {
                    lease.renew();
                    return roundsOfA.incrementAndGet();
                });
        replicaA.start();
        a.wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> roundsOfA.get() == 1);
        // A stalls past the lease it kept (its keeper too): B takes it over, runs a round and gives it back
        ClockProvider.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5)));
        try {
            LeasedLoop b = replicaB.loop(name, Schedule.every(Duration.ofHours(1), Duration.ofMinutes(1)),
                    lease -> 2);
            assertThat(b.runOnce()).hasValue(2);

            a.wake();

            await().atMost(Duration.ofSeconds(10)).until(() -> roundsOfA.get() == 2);
            Document taken = database.getCollection(Leases.COLLECTION).find(Filters.eq("_id", name)).first();
            assertThat(taken.getString("lockedBy")).as("taken anew").isNotNull();
            assertThat(metersA.get("roadmap.work.rounds").tags("work", name, "outcome", "completed").timer().count())
                    .isEqualTo(2);
        } finally {
            ClockProvider.setClock(Clock.systemUTC());
        }
    }

    private void expireLease() {
        database.getCollection(Leases.COLLECTION).updateOne(Filters.eq("_id", name),
                Updates.set("lockUntil", Instant.now().minusSeconds(1)));
        assertThat(database.getCollection(Leases.COLLECTION).find(Filters.eq("_id", name)).first())
                .isInstanceOf(Document.class);
    }

    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
