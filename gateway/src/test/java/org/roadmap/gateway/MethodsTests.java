package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A method no operation has reaches the service, which answers 405 with the path's methods, or is
 * refused by the gateway itself as a problem: never a 400 that blames the address, never the
 * request echoed back.
 */
class MethodsTests extends GatewayTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"QUERY", "TRACE", "PROPFIND", "FOO"})
    void answersAMethodNoOperationHasAsAProblemWithoutEchoingTheRequest(String method) throws Exception {
        HttpResponse<String> response = send(method, "/api/v1/commitments", "Authorization", freshBearer());

        assertThat(response.statusCode()).isNotEqualTo(400).isLessThan(500);
        assertThat(COMMITMENTS.received()).anySatisfy(received -> assertThat(received.method()).isEqualTo(method));
        assertThat(response.body()).doesNotContain("Bearer ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/commitments/%2e%2e%2fadmin", "/api/v1/commitments/a%252fb", "/api/v1/commitments;jsessionid=1"})
    void refusesAnAddressTheFirewallRefusesAsAProblem(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, "Authorization", freshBearer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
