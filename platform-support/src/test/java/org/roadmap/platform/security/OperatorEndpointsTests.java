package org.roadmap.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.platform.securitysample.SecuredApplication;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Health says to anyone whether a service and each of its parts is up, and to operators (and the
 * working group) what it found: disk paths, cluster ids and outbox backlogs are nobody else's
 * business. Metrics are for operators too; Prometheus' scrape stays open for the scraper.
 */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "spring.application.name=operator-sample"})
class OperatorEndpointsTests {

    private static final TestUser OPERATOR = new TestUser("platform-operator", "Platform operations",
            "Road Map platform operations", null, List.of("operator"), "en", "UTC");

    @LocalServerPort
    int port;

    private ApiClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "operator-sample");
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void tellsAnyoneTheStatusOfEachPartButNotWhatItFound() {
        for (ApiClient caller : List.of(api.withoutToken(), api.as(TestUser.INTEGRATOR), api.as(TestUser.PE_EDITOR))) {
            for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
                HttpResponse<String> health = caller.get(path);

                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(json(health).get("status").asString()).isIn("UP", "DEGRADED");
                assertThat(json(health).get("components")).isNotNull();
                assertThat(health.body()).doesNotContain("\"details\"", "clusterId", "path");
            }
        }
        assertThat(json(api.withoutToken().get("/actuator/health")).get("components").get("kafka").get("status")
                .asString()).isEqualTo("UP");
    }

    @Test
    void showsOperatorsAndTheWorkingGroupWhatHealthFound() {
        for (ApiClient caller : List.of(api.as(OPERATOR), api.as(TestUser.WG_ADMIN))) {
            HttpResponse<String> health = caller.get("/actuator/health");

            assertThat(health.body()).contains("clusterId", "\"details\"");
            assertThat(caller.get("/actuator/health/readiness").body()).contains("aggregatesWithPendingEvents");
        }
    }

    @Test
    void keepsMetricsForOperators() {
        for (ApiClient caller : List.of(api.as(TestUser.INTEGRATOR), api.as(TestUser.STAFF_READER), api.as(TestUser.PE_EDITOR))) {
            HttpResponse<String> metrics = caller.get("/actuator/metrics");

            assertThat(metrics.statusCode()).isEqualTo(403);
            assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(api.withoutToken().get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(api.as(OPERATOR).get("/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(200);
        assertThat(api.as(TestUser.WG_ADMIN).get("/actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(api.withoutToken().get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }
}
