package org.roadmap.bench;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.roadmap.events.EventJson;

import tools.jackson.databind.JsonNode;

/**
 * The signed-in user's live inbox, as the dashboard reads it: the Server-Sent Events stream
 * {@code /api/v1/inbox/stream} through the gateway. Each {@code notification} event is handed over
 * with the moment it arrived.
 */
final class InboxEvents implements AutoCloseable {

    private final CompletableFuture<HttpResponse<Stream<String>>> stream;
    private final CountDownLatch connected = new CountDownLatch(1);

    InboxEvents(PlatformApi gateway, BiConsumer<JsonNode, Long> onItem) {
        stream = PlatformApi.http().sendAsync(gateway.request("/api/v1/inbox/stream")
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        stream.thenAcceptAsync(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The inbox stream answered " + response.statusCode());
            }
            response.body().forEach(line -> {
                if (line.startsWith(":")) {
                    connected.countDown(); // the stream's first comment: it is listening
                } else if (line.startsWith("data:")) {
                    onItem.accept(EventJson.tree(line.substring(5).strip()), System.nanoTime());
                }
            });
        });
    }

    void awaitConnected() throws InterruptedException {
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The inbox stream did not connect within 30 s");
        }
    }

    @Override
    public void close() {
        stream.thenAccept(response -> response.body().close());
        stream.cancel(true);
    }
}
