package org.roadmap.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
        String name = named(args) ? args[0] : "commitments";
        List<String> malformed = malformedOptions(args);
        if (!malformed.isEmpty()) {
            System.err.println("Options are --name=value, not " + String.join(" ", malformed)
                    + "; each benchmark's options are in bench/README.md. Nothing was run.");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).filter(Benchmarks::isOption)
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

    private static boolean named(String[] args) {
        return args.length > 0 && !args[0].startsWith("--");
    }

    /**
     * The arguments after the benchmark's name that are not {@code --name=value}: {@code --help}, or an option
     * without its value, would otherwise run the benchmark on its defaults and replace its kept results.
     */
    static List<String> malformedOptions(String[] args) {
        return Arrays.stream(args).skip(named(args) ? 1 : 0).filter(a -> !isOption(a)).toList();
    }

    private static boolean isOption(String arg) {
        return arg.startsWith("--") && arg.contains("=");
    }
}
