package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** Security headers on what the gateway serves, and CORS for configured origins only. */
class FrontDoorHeadersTests extends GatewayTestSupport {

    @Test
    void servesTheDashboardUnderAStrictPolicy() throws Exception {
        HttpResponse<String> page = send("GET", "/");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self';").contains("frame-ancestors 'none'").doesNotContain("unsafe"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        // plain http here: HSTS only ever goes out over https
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void dashboardHasNoInlineScriptOrStyle() throws Exception {
        String html = send("GET", "/").body();

        assertThat(html).contains("<html lang=\"en\"").contains("type=\"module\"");
        assertThat(java.util.Arrays.stream(html.split("<script")).skip(1).toList()).allSatisfy(tag -> assertThat(tag).startsWith(" type=\"module\" src="));
        assertThat(html).doesNotContain("<style").doesNotContain(" style=").doesNotContain("onclick");
    }

    @Test
    void putsTheHeadersOnProxiedAnswersToo() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments?reference=II.2", "Authorization", freshBearer());

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void allowsAConfiguredOriginToCallTheApi() throws Exception {
        HttpResponse<String> preflight = send("OPTIONS", "/api/v1/commitments", "Origin", PORTAL,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PORTAL);
        assertThat(send("GET", "/api/v1/commitments", "Origin", PORTAL, "Authorization", freshBearer())
                .headers().firstValue("Access-Control-Allow-Origin")).hasValue(PORTAL);
    }

    @Test
    void refusesAnOriginNotConfigured() throws Exception {
        HttpResponse<String> preflight = send("OPTIONS", "/api/v1/commitments", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
