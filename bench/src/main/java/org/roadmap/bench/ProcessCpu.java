package org.roadmap.bench;

/** The CPU a process has used so far (user and system, all its threads), as the operating system counts it. */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static double seconds(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .map(cpu -> cpu.toNanos() / 1e9).orElse(Double.NaN);
    }

    static double seconds(Process process) {
        return seconds(process.pid());
    }

    /** This JVM's. */
    static double own() {
        return seconds(ProcessHandle.current().pid());
    }
}
