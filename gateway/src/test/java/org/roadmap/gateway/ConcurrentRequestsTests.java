package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many people at once, on a gateway just started: each request's token is checked against the issuer's keys, fetched
 * once for all of them, and passed on to a service that is up, however many are in flight; how many the service takes
 * on is its own affair. The gateway had fetched the keys once per waiting request, and past its pool's queue told
 * people that sign-in was unavailable; and it had capped each service at 25 requests in flight (the circuit breaker's
 * implicit bulkhead), answering the 26th at once with a 503 that said the service was down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "roadmap.gateway.sign-in.client-secret=" + StandInSignIn.CLIENT_SECRET)
class ConcurrentRequestsTests {

    private static final int AT_ONCE = 120;
    private static final String KEYS = "/oauth2/jwks";
    private static final HeldRequests COMMITMENTS = new HeldRequests(AT_ONCE);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayTestSupport.inFrontOf(registry, COMMITMENTS.uri());
    }

    @AfterAll
    static void stop() {
        COMMITMENTS.close();
    }

    @Test
    void manyPeopleAskingAtOnceAreAllSignedInPassedOnAndAnswered() throws Exception {
        long keyReadsBefore = keyReads();
        ExecutorService people = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                String bearer = GatewayTestSupport.freshBearer();
                answers.add(CompletableFuture.supplyAsync(() -> get("/api/v1/commitments", bearer), people));
            }
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)
                    .toList();

            assertThat(statuses).containsOnly(200);
            assertThat(COMMITMENTS.mostAtOnce()).isEqualTo(AT_ONCE);
            assertThat(keyReads() - keyReadsBefore).as("the issuer asked for its keys").isEqualTo(1);
        } finally {
            people.shutdownNow();
        }
    }

    private static long keyReads() {
        return GatewayTestSupport.IDENTITY.received().stream().filter(r -> r.uri().startsWith(KEYS)).count();
    }

    private HttpResponse<String> get(String path, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", bearer).timeout(Duration.ofSeconds(60)).build();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A service that answers nobody until the expected number of requests are in flight at once (or 30 s have passed),
     * as a busy service holds each request while it works, and counts the most it held together.
     */
    private static final class HeldRequests implements AutoCloseable {

        private final CountDownLatch allIn;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();
        private final StandInServer server;

        HeldRequests(int expected) {
            allIn = new CountDownLatch(expected);
            server = new StandInServer(this::hold, true);
        }

        private StandInServer.Answer hold(StandInServer.Received request) {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            allIn.countDown();
            try {
                allIn.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            return StandInServer.json("{\"content\":[]}");
        }

        String uri() {
            return server.uri();
        }

        int mostAtOnce() {
            return most.get();
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
