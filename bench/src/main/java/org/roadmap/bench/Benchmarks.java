package org.roadmap.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.roadmap.bench.faults.FaultSuite;

/**
 * Runs a benchmark, or the fault suite, by name: {@code java -jar bench/target/roadmap-bench.jar commitments
 * --commitments=10000}, {@code … faults}. Options are {@code --name=value}; each documents its own.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) {
        String name = args.length == 0 || args[0].startsWith("--") ? "commitments" : args[0];
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("="))
                .forEach(a -> options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        try {
            switch (name) {
                case "commitments" -> new CommitmentsBenchmark(options).run();
                case "history" -> new HistoryGrowthBenchmark(options).run();
                case "annual" -> new AnnualReportBenchmark(options).run();
                case "gateway" -> new GatewayBenchmark(options).run();
                case "footprint" -> new FootprintBenchmark(options).run();
                case "jvm" -> new JvmOptionsBenchmark(options).run();
                case "platform" -> new PlatformBenchmark(options).run();
                case "relay" -> new RelayDrainBenchmark(options).run();
                case "storage" -> new StorageBenchmark(options).run();
                case "faults" -> {
                    if (!new FaultSuite(options).runAndReport()) {
                        System.exit(1);
                    }
                }
                default -> {
                    System.err.println("Unknown benchmark " + name
                            + "; known: commitments, history, annual, gateway, footprint, jvm, platform, relay, storage, and the fault suite: faults");
                    System.exit(2);
                }
            }
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            // the embedded broker and the service leave non-daemon threads behind
            System.exit(1);
        }
        System.exit(0);
    }
}
