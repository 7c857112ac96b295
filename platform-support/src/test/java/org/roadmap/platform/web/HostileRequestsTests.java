package org.roadmap.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.websample.WebSampleApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * What third-party fuzzers send besides bodies: parameters without names, broken encodings, NUL and
 * control characters, methods no operation has. Each gets a 4xx problem naming what is wrong, never
 * a 500, and a 405 lists in {@code Allow} only the methods the path has.
 */
@SpringBootTest(classes = WebSampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "spring.application.name=web-sample"})
class HostileRequestsTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "web-sample");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=false", "overdue=true&=null", "q=%FF", "q=%E3%81", "q=%C0%AE", "%FF=1", "q=%00",
            "q=a%00b", "%01=1", "q%01=1", "q=%1B%5B31m", "%7F=1", "q=%ED%A0%80"})
    void refusesAQueryStringNoClientCouldHaveMeantAsInvalidInput(String query) throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/documents?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("errors")).isNotEmpty();
    }

    @Test
    void namesEveryParameterAtFault() throws Exception {
        JsonNode problem = json(send("GET", "/api/v1/documents?q=%00&overdue=%FF&=x"));

        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactly("q", "overdue", "query");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=Per%C3%BA%20Jap%C3%B3n", "q=%E6%97%A5%E6%9C%AC", "q=a+b&&overdue=true", "q=", "q"})
    void readsWellFormedQueryStrings(String query) throws Exception {
        assertThat(send("GET", "/api/v1/documents?" + query).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUERY", "TRACE", "PROPFIND", "FOO"})
    void answersAMethodNoOperationHasWith405AndTheMethodsThePathHas(String method) throws Exception {
        HttpResponse<String> response = send(method, "/api/v1/documents");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("GET", "POST")
                .doesNotContain("PUT", "DELETE", "TRACE");
        assertThat(response.body()).doesNotContain("Bearer", "Authorization");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRequestRefusedAsTheCallersMistakeLeavesNoWarningInTheServicesLog(CapturedOutput output) throws Exception {
        for (String method : List.of("QUERY", "TRACE", "PROPFIND", "FOO")) {
            assertThat(send(method, "/api/v1/documents").statusCode()).isEqualTo(405);
        }
        assertThat(send("GET", "/api/v1/documents?q=%00").statusCode()).isEqualTo(400);

        // any client can send these at will: a line each at WARN would let it fill the log and bury what matters
        assertThat(output.getOut().lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
                .filteredOn(line -> line.contains("web-sample") && line.contains("-exec-")).isEmpty();
    }

    private HttpResponse<String> send(String method, String target) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(new ApiClient(port).uri(target))
                .header("Authorization", TestTokens.bearer(TestUser.WG_ADMIN))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
