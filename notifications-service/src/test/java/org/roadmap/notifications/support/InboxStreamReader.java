package org.roadmap.notifications.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;

/** A dashboard reading its user's inbox stream (Server-Sent Events), as the dashboard does: with a bearer token. */
public final class InboxStreamReader implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<Void> connection;
    private volatile java.util.stream.Stream<String> body;

    private InboxStreamReader(URI uri, TestUser user, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream").header("Authorization", TestTokens.bearer(user));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        connection = HttpClient.newHttpClient().sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                    status.complete(response.statusCode());
                    body = response.body();
                    body.forEach(lines::add);
                });
    }

    public static InboxStreamReader open(ApiClient service, TestUser user) {
        return new InboxStreamReader(service.uri("/api/v1/inbox/stream"), user, null);
    }

    /** Reconnects as a dashboard does after a break: with the id of the last event it read. */
    public static InboxStreamReader reopen(ApiClient service, TestUser user, String lastEventId) {
        return new InboxStreamReader(service.uri("/api/v1/inbox/stream"), user, lastEventId);
    }

    /** The {@code id:} of each event received so far. */
    public List<String> ids() {
        return lines.stream().filter(l -> l.startsWith("id:")).map(l -> l.substring(3).strip()).toList();
    }

    public boolean connected() {
        return lines.contains(":connected");
    }

    /** The {@code data:} lines received so far. */
    public List<String> data() {
        return lines.stream().filter(l -> l.startsWith("data:")).toList();
    }

    public List<String> lines() {
        return lines;
    }

    /** Whether the service ended the stream. */
    public boolean ended() {
        return connection.isDone();
    }

    /** The status of the answer once it has come. */
    public int status() {
        return status.join();
    }

    @Override
    public void close() {
        // hang up, as a closed browser tab does; cancelling the future alone would leave the connection open
        java.util.stream.Stream<String> open = body;
        if (open != null) {
            open.close();
        }
        connection.cancel(true);
    }
}
