package org.roadmap.launcher;

import java.nio.file.Files;

/**
 * Stands in for the launcher's JVM in {@link KilledLauncherTests}: starts one service as the launcher does
 * ({@link ServiceProcess}), prints its pid, and waits to be killed.
 */
public final class FakeLauncher {

    public static void main(String[] args) throws Exception {
        LauncherSettings settings = LauncherSettings.fromArgs(args);
        Files.createDirectories(settings.logDir());
        ServiceDefinition meetings = ServiceDefinition.forPlatform(settings).stream()
                .filter(service -> service.name().equals("meetings-service")).findFirst().orElseThrow();
        ServiceProcess service = ServiceProcess.start(meetings, settings);
        System.out.println("service pid " + service.process().pid());
        Thread.sleep(Long.MAX_VALUE);
    }
}
