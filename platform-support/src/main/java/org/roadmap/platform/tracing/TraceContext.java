package org.roadmap.platform.tracing;

import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The current request's W3C trace context, kept with outbox events so a trace follows a
 * request from HTTP through the outbox into Kafka.
 */
public class TraceContext {

    private final ObjectProvider<Tracer> tracer;
    /**
     * The tracer (or that there is none), looked up at the first use and kept: each look-up searches the bean
     * factory for candidates, which took 5 % of commitments-service's CPU under a stream of writes.
     */
    private volatile Optional<Tracer> found;

    public TraceContext(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    /** The {@code traceparent} header value of the current span, or {@code null} outside a trace. */
    public String currentTraceparent() {
        Span span = tracer().map(Tracer::currentSpan).orElse(null);
        if (span == null) {
            return null;
        }
        io.micrometer.tracing.TraceContext context = span.context();
        boolean sampled = Boolean.TRUE.equals(context.sampled());
        return "00-" + context.traceId() + "-" + context.spanId() + (sampled ? "-01" : "-00");
    }

    private Optional<Tracer> tracer() {
        Optional<Tracer> known = found;
        if (known == null) {
            known = Optional.ofNullable(tracer.getIfAvailable());
            found = known;
        }
        return known;
    }
}
