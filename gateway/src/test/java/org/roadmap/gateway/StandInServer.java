package org.roadmap.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server standing in for a service or the issuer: answers by path, remembers what it received. */
final class StandInServer implements AutoCloseable {

    /** What the stand-in received. */
    record Received(String method, String uri, Headers headers, String body) {
    }

    /** What it answers. */
    record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ExecutorService workers;

    StandInServer(Function<Received, Answer> answers) {
        this(answers, false);
    }

    /** @param concurrent whether it answers many requests at once, each on a thread of its own, or one at a time */
    StandInServer(Function<Received, Answer> answers, boolean concurrent) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), concurrent ? 512 : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (concurrent) {
            workers = Executors.newCachedThreadPool();
            server.setExecutor(workers);
        } else {
            workers = null;
        }
        server.createContext("/", exchange -> {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer answer = answers.apply(request);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    static Answer json(String body) {
        return new Answer(200, "application/json", body);
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    /** The last request whose URI starts with the prefix. */
    Received last(String uriPrefix) {
        return received.stream().filter(r -> r.uri().startsWith(uriPrefix)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("nothing received at " + uriPrefix + ": " + received));
    }

    Map<String, List<String>> lastHeaders(String uriPrefix) {
        return last(uriPrefix).headers();
    }

    @Override
    public void close() {
        server.stop(0);
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
