package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The first request to each service builds that service's list of replicas, which the gateway asks for at each
 * request rather than caching (so an unreachable replica is skipped at once): a gateway's first requests leave no WARN
 * line about the cache it does without on purpose.
 */
// a context of its own: in the shared one, other test classes may have sent the first requests already
@TestPropertySource(properties = "spring.application.name=gateway")
@ExtendWith(OutputCaptureExtension.class)
class FirstRequestsLogTests extends GatewayTestSupport {

    @Test
    void theFirstRequestToAServiceLeavesNoWarningInTheLog(CapturedOutput output) throws Exception {
        assertThat(send("GET", "/api/v1/commitments", "Authorization", freshBearer()).statusCode()).isEqualTo(200);

        Thread.sleep(200); // a line is written after the answer
        assertThat(output.getOut().lines()
                .filter(line -> line.contains("[gateway]") && (line.contains(" WARN ") || line.contains(" ERROR "))))
                .isEmpty();
    }
}
