package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** A request id and the W3C trace context reach the service; the caller sees the request id. */
class TracingTests extends GatewayTestSupport {

    @Test
    void givesTheServiceATraceParentAndTheRequestIdItEchoes() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments?reference=III.1", "Authorization", freshBearer());

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        StandInServer.Received received = COMMITMENTS.last("/api/v1/commitments?reference=III.1");
        assertThat(received.headers().getFirst("X-Request-Id")).isEqualTo(requestId);
        assertThat(received.headers().getFirst("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void continuesTheCallersTraceAndKeepsItsRequestId() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        HttpResponse<String> response = send("GET", "/api/v1/commitments?reference=I.2", "Authorization", freshBearer(),
                "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01", "X-Request-Id", "mre-batch-2025-0001");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("mre-batch-2025-0001");
        StandInServer.Received received = COMMITMENTS.last("/api/v1/commitments?reference=I.2");
        assertThat(received.headers().getFirst("traceparent")).startsWith("00-" + traceId + "-");
        assertThat(received.headers().getFirst("X-Request-Id")).isEqualTo("mre-batch-2025-0001");
    }

    @Test
    void replacesARequestIdThatCouldSmuggleText() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments?reference=V.1", "Authorization", freshBearer(),
                "X-Request-Id", "x\" onload=alert(1)");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void namesTheRequestIdOnARefusal() throws Exception {
        HttpResponse<String> refused = send("GET", "/api/v1/commitments", "X-Request-Id", "support-case-12345");

        assertThat(refused.headers().firstValue("X-Request-Id")).hasValue("support-case-12345");
        assertThat(refused.body()).contains("\"requestId\":\"support-case-12345\"");
    }
}
