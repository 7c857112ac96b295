package org.roadmap.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** The tracer is looked up in the context once, not at every event written, however many there are. */
class TraceContextTests {

    @Test
    void looksTheTracerUpOnce() {
        AtomicInteger lookUps = new AtomicInteger();
        TraceContext context = new TraceContext(counting(lookUps, Tracer.NOOP));

        for (int i = 0; i < 3; i++) {
            context.currentTraceparent();
        }

        assertThat(lookUps).hasValue(1);
    }

    @Test
    void looksUpOnceThatThereIsNoTracerAndGivesNoTraceparent() {
        AtomicInteger lookUps = new AtomicInteger();
        TraceContext context = new TraceContext(counting(lookUps, null));

        assertThat(context.currentTraceparent()).isNull();
        assertThat(context.currentTraceparent()).isNull();
        assertThat(lookUps).hasValue(1);
    }

    private static ObjectProvider<Tracer> counting(AtomicInteger lookUps, Tracer tracer) {
        return new ObjectProvider<>() {
            @Override
            public Tracer getIfAvailable() {
                lookUps.incrementAndGet();
                return tracer;
            }
        };
    }
}
