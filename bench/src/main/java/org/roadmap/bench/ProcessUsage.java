package org.roadmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a process has used, as the operating system counts it: CPU so far (all its threads) and resident memory. */
final class ProcessUsage {

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private ProcessUsage() {
    }

    /** User and system CPU. */
    static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .map(cpu -> cpu.toNanos() / 1e9).orElse(Double.NaN);
    }

    static double cpuSeconds(Process process) {
        return cpuSeconds(process.pid());
    }

    /** This JVM's. */
    static double ownCpuSeconds() {
        return cpuSeconds(ProcessHandle.current().pid());
    }

    /** User and system CPU with that of the children it waited for (Linux: {@code /proc}). */
    static double cpuSecondsWithWaitedForChildren(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces: state is field 3
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            return ticks / (double) CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("No CPU time of process " + pid, e);
        }
    }

    /** Resident memory (Linux: {@code /proc}). */
    static double rssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("No resident memory of process " + pid, e);
        }
        throw new IllegalStateException("No VmRSS for process " + pid);
    }
}
