package org.roadmap.platformtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One service started in this JVM, with its own {@code application.yml} (every service jar has
 * one at the same classpath location, so each is pointed at its own) and a random port.
 */
final class RunningService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;
    private final int port;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Signed in as the working group, which may do everything (docs/adr/0006). */
    private static final String AUTHORIZATION = TestTokens.bearer(TestUser.WG_ADMIN);

    static RunningService start(Class<?> application, String... infrastructure) {
        String config = application.getProtectionDomain().getCodeSource().getLocation().toString();
        List<String> arguments = new ArrayList<>(List.of(infrastructure));
        arguments.add("--spring.config.location=" + (config.endsWith(".jar") ? "jar:" + config + "!/" : config)
                + "application.yml");
        arguments.add("--server.port=0");
        return new RunningService(new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new)));
    }

    /** Reads as the working group unless {@code headers} (name, value, …) name another {@code Authorization}. */
    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", AUTHORIZATION);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts as the working group unless {@code headers} (name, value, …) name another {@code Authorization}. */
    HttpResponse<String> postJson(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a body of {@code contentType} as the working group. */
    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Authorization", AUTHORIZATION).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        context.close();
    }
}
