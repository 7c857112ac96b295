package org.roadmap.platform.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends this JVM when the process that started it is gone. The launcher's shutdown hook stops the services it
 * started, but no hook runs when the launcher is killed ({@code kill -9}, the out-of-memory killer, a crash of
 * its JVM), and the services would run on without their broker and database, holding their ports against the
 * next start. So each service checks every second whether the launcher still runs, and exits when it does not.
 * Polling a pid works for any parent on any OS and needs nothing from the parent but its pid: Linux's
 * parent-death signal is out of Java's reach, and a pipe on stdin would need every service to read it and
 * nothing else to close it. Plain Java, so a program that is not a Spring application can use it too.
 */
public final class ParentWatch implements AutoCloseable {

    /** The exit status when the parent is gone; nobody waits for it but the service's own log says why. */
    static final int EXIT_STATUS = 1;

    private static final System.Logger log = System.getLogger(ParentWatch.class.getName());

    private final long pid;
    private final Optional<Instant> started;
    private final boolean parent;
    private final Thread thread;

    ParentWatch(long pid, Duration every, Duration stopWithin) {
        this.pid = pid;
        this.started = ProcessHandle.of(pid).flatMap(process -> process.info().startInstant());
        this.parent = parentPid() == pid;
        this.thread = new Thread(() -> watch(every, stopWithin), "parent-watch");
        thread.setDaemon(true);
    }

    /** Watches {@code pid} on a daemon thread; when it is gone, exits this JVM, halting it after {@code stopWithin}. */
    public static ParentWatch start(long pid, Duration every, Duration stopWithin) {
        ParentWatch watch = new ParentWatch(pid, every, stopWithin);
        watch.thread.start();
        return watch;
    }

    boolean watchedRuns() {
        Optional<ProcessHandle> watched = ProcessHandle.of(pid);
        // pids are reused: the same pid with another start time is another process
        boolean runs = watched.map(ProcessHandle::isAlive).orElse(false)
                && watched.flatMap(process -> process.info().startInstant()).equals(started);
        // on Linux a killed parent's children pass to init at once, even while the parent is a zombie nobody reaped
        return runs && (!parent || parentPid() == pid);
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    private void watch(Duration every, Duration stopWithin) {
        try {
            while (watchedRuns()) {
                Thread.sleep(every.toMillis());
            }
        } catch (InterruptedException e) {
            return;
        }
        log.log(System.Logger.Level.WARNING, "The launcher that started this process (pid {0}) is gone:"
                + " stopping, within {1} ms", String.valueOf(pid), String.valueOf(stopWithin.toMillis()));
        // a graceful stop may wait on the broker and database that went with the launcher
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(stopWithin.toMillis());
            } catch (InterruptedException e) {
                // halting now is as good
            }
            Runtime.getRuntime().halt(EXIT_STATUS);
        }, "parent-watch-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(EXIT_STATUS);
    }

    private static long parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }
}
