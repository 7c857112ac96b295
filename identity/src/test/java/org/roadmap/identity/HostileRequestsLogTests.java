package org.roadmap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadmap.platform.test.RawRequests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Requests the issuer refuses as the client's mistake (a method nothing has, a broken percent-encoding, a control
 * character in the address or the Host, a header longer than it takes) are answered 4xx and leave no line at WARN:
 * the issuer is reached through the gateway by anyone, who could otherwise fill its log at will.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsLogTests extends IssuerOfItsOwn {

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRequestRefusedAsTheCallersMistakeIsAnsweredAndLeavesNoWarning(CapturedOutput output) throws Exception {
        int before = output.getOut().length();
        for (String head : List.of("FOO /oauth2/token HTTP/1.1\r\nHost: issuer\r\n",
                "TRACE /login HTTP/1.1\r\nHost: issuer\r\n",
                "PROPFIND /.well-known/jwks.json HTTP/1.1\r\nHost: issuer\r\n",
                "GET /login?x=%zz HTTP/1.1\r\nHost: issuer\r\n", "GET /login\u0000 HTTP/1.1\r\nHost: issuer\r\n",
                "GET /oauth2/authorize?client_id=%00&response_type=code HTTP/1.1\r\nHost: issuer\r\n",
                "GET /login HTTP/1.1\r\nHost: \u0001issuer\r\n",
                "GET /login HTTP/1.1\r\nHost: issuer\r\nX-Padding: " + "a".repeat(70_000) + "\r\n")) {
            assertThat(RawRequests.statusLine(port, head)).as(head.lines().findFirst().orElseThrow())
                    .startsWith("HTTP/1.1 4");
        }

        Thread.sleep(200); // a line is written after the answer
        assertThat(output.getOut().substring(before).lines()
                .filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))).isEmpty();
    }
}
