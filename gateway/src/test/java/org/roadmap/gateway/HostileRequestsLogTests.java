package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

        assertThat(statusLine("GET /api/v1/commitments HTTP/1.1\r\nHost: \u0001roadmap\r\n"))
                .isEqualTo("HTTP/1.1 400");
        assertThat(statusLine("GET /api/v1/commitments HTTP/1.1\r\nHost: roadmap\r\nX-Padding: " + "a".repeat(70_000)
                + "\r\n")).isEqualTo("HTTP/1.1 431");
        assertThat(statusLine("GET /api/v1/commitments?q=%zz HTTP/1.1\r\nHost: roadmap\r\nAuthorization: " + bearer
                + "\r\n")).isEqualTo("HTTP/1.1 400");
        assertThat(statusLine("GET /api/v1/commitments\u0000 HTTP/1.1\r\nHost: roadmap\r\n"))
                .isEqualTo("HTTP/1.1 400");

        Thread.sleep(200); // a line is written after the answer
        assertThat(output.getOut().substring(before).lines()
                .filter(line -> line.contains("[gateway]") && (line.contains(" WARN ") || line.contains(" ERROR "))))
                .isEmpty();
    }

    /** Sends {@code head} as it is, on a connection of its own, and reads the status line's first 12 bytes. */
    private String statusLine(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
        }
    }
}
