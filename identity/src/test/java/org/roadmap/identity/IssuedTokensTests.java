package org.roadmap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integrator that asks for a token per request: the issuer keeps what it issued only until it expires, so its
 * memory does not grow with the tokens it has ever issued. (Here tokens last five seconds; checking a client's secret takes most of a token request.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.authorizationserver.issuer=http://issuer.test",
        "roadmap.identity.secrets.integrator=integrator-secret", "roadmap.identity.token-lifetime=5s"})
class IssuedTokensTests extends IssuerOfItsOwn {

    private static final int TOKENS = 30;

    @Autowired
    MeterRegistry meters;

    @Test
    void keepsWhatItIssuedOnlyUntilItExpires() throws Exception {
        TokenRequests issuer = new TokenRequests(port);
        for (int i = 0; i < TOKENS; i++) {
            issuer.accessToken("integrator", "integrator-secret");
        }
        assertThat(kept()).isEqualTo(TOKENS);

        Thread.sleep(6_000);
        issuer.accessToken("integrator", "integrator-secret");

        // before: every token ever issued, kept for ever and read through at every look-up of one
        assertThat(kept()).isEqualTo(1);
    }

    private double kept() {
        return meters.get("roadmap.identity.authorizations").gauge().value();
    }
}
