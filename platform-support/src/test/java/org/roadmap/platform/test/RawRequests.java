package org.roadmap.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests sent byte for byte, as a fuzzer sends them: what an HTTP client library refuses to send (a control
 * character in the address or the Host, a broken percent-encoding) reaches the server as it is.
 */
public final class RawRequests {

    private RawRequests() {
    }

    /**
     * Sends {@code head} (request line and headers, each ending in CRLF) to {@code port} on a connection of its own,
     * and answers the status line's first 12 bytes, such as {@code "HTTP/1.1 400"}.
     */
    public static String statusLine(int port, String head) throws IOException {
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
