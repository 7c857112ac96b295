package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadmap.platform.test.RawRequests;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A request the gateway cannot read (a control character in the Host, a header longer than it takes, a broken
 * percent-encoding) is the client's mistake: it is answered, and leaves nothing at WARN in the gateway's log, which
 * any client could otherwise fill at will and bury what an operator needs to see there.
 */
class HostileRequestsLogTests extends GatewayTestSupport {

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRequestTheGatewayCannotReadIsAnsweredAndLeavesNoWarningInItsLog(CapturedOutput output) throws Exception {
        String bearer = freshBearer();
        assertThat(send("GET", "/api/v1/commitments", "Authorization", bearer).statusCode()).isEqualTo(200);
        int before = output.getOut().length();

        assertThat(RawRequests.statusLine(port, "GET /api/v1/commitments HTTP/1.1\r\nHost: \u0001roadmap\r\n"))
                .isEqualTo("HTTP/1.1 400");
        assertThat(RawRequests.statusLine(port, "GET /api/v1/commitments HTTP/1.1\r\nHost: roadmap\r\n"
                + "X-Padding: " + "a".repeat(70_000) + "\r\n")).isEqualTo("HTTP/1.1 431");
        assertThat(RawRequests.statusLine(port, "GET /api/v1/commitments?q=%zz HTTP/1.1\r\nHost: roadmap\r\n"
                + "Authorization: " + bearer + "\r\n")).isEqualTo("HTTP/1.1 400");
        assertThat(RawRequests.statusLine(port, "GET /api/v1/commitments\u0000 HTTP/1.1\r\nHost: roadmap\r\n"))
                .isEqualTo("HTTP/1.1 400");

        Thread.sleep(200); // a line is written after the answer
        assertThat(output.getOut().substring(before).lines()
                .filter(line -> line.contains("[gateway]") && (line.contains(" WARN ") || line.contains(" ERROR "))))
                .isEmpty();
    }
}
