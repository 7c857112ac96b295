package org.roadmap.bench;

/** The footprint benchmark's baseline: a JVM with the services' options that does nothing but say it is up. */
public final class IdleJvm {

    private IdleJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
