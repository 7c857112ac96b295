package org.roadmap.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@link WebProperties#maxRequestSize()} with a 413 problem: by
 * {@code Content-Length} before anything is read, and a body sent in chunks by counting while it is
 * read, so that no body larger than the limit is ever parsed whole.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    private final long max;

    RequestSizeLimit(WebProperties properties) {
        this.max = properties.maxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > max) {
            boolean drained = declared <= DRAINED_UP_TO * max && drain(request);
            refuse(request, response, drained,
                    "The body has " + declared + " bytes; this service accepts at most " + max + ".");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Counted(request, max), response);
    }

    /**
     * Reads and drops a body up to this many times the limit before answering, so that a client still
     * sending it reads the 413 instead of a reset connection; a larger one is answered at once and the
     * connection closed.
     */
    private static final int DRAINED_UP_TO = 4;

    private static boolean drain(HttpServletRequest request) {
        try (var body = request.getInputStream()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean drained, String detail)
            throws IOException {
        if (!drained) {
            // the rest of the body is not read: the connection cannot carry another request
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large", detail,
                Map.of());
    }

    /** Thrown from reading a chunked body past the limit; answered as 413 by {@link ProblemDetailsAdvice}. */
    static final class RequestTooLargeException extends IOException {

        RequestTooLargeException(long max) {
            super("The body is larger than the " + max + " bytes this service accepts.");
        }
    }

    /** A request whose body fails with {@link RequestTooLargeException} once more than {@code max} bytes are read. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), max);
            }
            return counted;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long max;
        private long read;

        CountingStream(ServletInputStream body, long max) {
            this.body = body;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestTooLargeException {
            read += n;
            if (read > max) {
                throw new RequestTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
