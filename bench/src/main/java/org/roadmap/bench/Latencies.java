package org.roadmap.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Latencies of one measured operation and its throughput over the measured run. */
final class Latencies {

    private final String name;
    private final long[] nanos;
    private int count;
    private long startedAt;
    private long endedAt;

    Latencies(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    /** Latencies recorded by several clients at once over one wall-clock run. */
    static Latencies of(String name, long[] nanos, long startedAt, long endedAt) {
        Latencies merged = new Latencies(name, nanos.length);
        System.arraycopy(nanos, 0, merged.nanos, 0, nanos.length);
        merged.count = nanos.length;
        merged.startedAt = startedAt;
        merged.endedAt = endedAt;
        return merged;
    }

    void start() {
        startedAt = System.nanoTime();
    }

    void record(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
        endedAt = System.nanoTime();
    }

    double percentileMillis(double percentile) {
        return percentileMillis(Arrays.copyOf(nanos, count), percentile);
    }

    /** The percentile of these latencies (nanoseconds, sorted here in place), in milliseconds; 0 for none. */
    static double percentileMillis(long[] nanos, double percentile) {
        if (nanos.length == 0) {
            return 0;
        }
        Arrays.sort(nanos);
        int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(index, nanos.length - 1))] / 1e6;
    }

    double perSecond() {
        return count / ((endedAt - startedAt) / 1e9);
    }

    String name() {
        return name;
    }

    String line() {
        return String.format(Locale.ROOT, "%-44s n=%5d  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  %9.1f /s",
                name, count, percentileMillis(50), percentileMillis(95), percentileMillis(99), perSecond());
    }

    /** This measurement against its baseline: how many times slower at the median, and the share of its throughput. */
    String ratioTo(Latencies baseline) {
        return String.format(Locale.ROOT, "%-44s p50 x%.2f of baseline, throughput %.2f of baseline", name,
                percentileMillis(50) / baseline.percentileMillis(50), perSecond() / baseline.perSecond());
    }

    /** p50, p95, p99 (ms), throughput (/s) and count under {@code prefix}, for a results file. */
    Map<String, Double> figures(String prefix) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put(prefix + ".n", (double) count);
        figures.put(prefix + ".p50-ms", percentileMillis(50));
        figures.put(prefix + ".p95-ms", percentileMillis(95));
        figures.put(prefix + ".p99-ms", percentileMillis(99));
        figures.put(prefix + ".per-s", perSecond());
        return figures;
    }

    int count() {
        return count;
    }

    String json() {
        return String.format(Locale.ROOT, "{\"name\":\"%s\",\"n\":%d,\"p50\":%.3f,\"p95\":%.3f,\"p99\":%.3f,\"perSecond\":%.1f}",
                name, count, percentileMillis(50), percentileMillis(95), percentileMillis(99), perSecond());
    }
}
