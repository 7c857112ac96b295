package org.roadmap.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU each process of a launched platform has used so far: the launcher (Kafka and the MongoDB-wire server),
 * each service, and this benchmark's own JVM (the load). Taken before and after a run of writes, it gives each one's
 * CPU per write: where the platform's work goes, steadier under a busy machine than any latency.
 */
final class PlatformCpu {

    static final String LAUNCHER = "launcher";
    static final String LOAD = "load";

    private final Map<String, Double> seconds;

    private PlatformCpu(Map<String, Double> seconds) {
        this.seconds = seconds;
    }

    static PlatformCpu of(LaunchedPlatform platform) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put(LAUNCHER, ProcessUsage.cpuSeconds(platform.launcherPid()));
        for (String part : Platform.PARTS) {
            seconds.put(part, platform.servicePid(part).map(ProcessUsage::cpuSeconds).orElse(Double.NaN));
        }
        seconds.put(LOAD, ProcessUsage.ownCpuSeconds());
        return new PlatformCpu(seconds);
    }

    /** Each process's milliseconds of CPU per write since {@code before}, and their sum as {@code all}. */
    Map<String, Double> millisPerWrite(PlatformCpu before, int writes) {
        Map<String, Double> perWrite = new LinkedHashMap<>();
        double all = 0;
        for (Map.Entry<String, Double> part : seconds.entrySet()) {
            double millis = (part.getValue() - before.seconds.getOrDefault(part.getKey(), Double.NaN)) * 1000 / writes;
            perWrite.put(part.getKey(), millis);
            if (!Double.isNaN(millis)) {
                all += millis;
            }
        }
        perWrite.put("all", all);
        return perWrite;
    }
}
