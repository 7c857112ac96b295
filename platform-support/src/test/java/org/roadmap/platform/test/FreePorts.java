package org.roadmap.platform.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ports nobody listens on right now, for processes a test starts that bind them later. They are taken below the range
 * the system hands out to outgoing connections (on Linux {@code ip_local_port_range}, from 32768): a port in it, as
 * {@code new ServerSocket(0)} gives, can be taken as a client's source port before the process binds it. (The
 * launcher's tests, which do not depend on this module, have their own.)
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final Random RANDOM = new Random();

    private FreePorts() {
    }

    /** {@code count} different ports, each free when asked. */
    public static List<Integer> take(int count) {
        int below = belowOutgoing();
        List<ServerSocket> held = new ArrayList<>();
        try {
            // held open together so the same port is not handed out twice
            for (int attempt = 0; held.size() < count && attempt < 10_000; attempt++) {
                try {
                    held.add(new ServerSocket(LOWEST + RANDOM.nextInt(below - LOWEST)));
                } catch (IOException taken) {
                    // another
                }
            }
            if (held.size() < count) {
                throw new IllegalStateException("no " + count + " free ports below " + below);
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing listens on it either way
                }
            }
        }
    }

    /** One. */
    public static int take() {
        return take(1).get(0);
    }

    private static int belowOutgoing() {
        try {
            // read as lines: procfs files tell a size of 0, and a read by size gets part of one
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            int first = Integer.parseInt(range.split("\\s+")[0]);
            return first > LOWEST + 2_000 ? first : 32_768;
        } catch (IOException | RuntimeException notLinux) {
            return 32_768;
        }
    }
}
