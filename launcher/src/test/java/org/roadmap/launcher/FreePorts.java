package org.roadmap.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Ports nobody listens on right now, so tests never collide with a platform already running here. They are taken
 * below the range the system hands out to outgoing connections (on Linux {@code ip_local_port_range}, from 32768):
 * a port in it can be taken as a client's source port between the check and the bind, as a broker's was once.
 */
final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final Random RANDOM = new Random();

    private FreePorts() {
    }

    static List<Integer> take(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            // held open together so the same port is not handed out twice
            for (int attempt = 0; sockets.size() < count && attempt < 10_000; attempt++) {
                // a thousand below it: a service's replicas listen a hundred ports apart above its own
                bind(LOWEST + RANDOM.nextInt(belowOutgoing() - 1_000 - LOWEST)).ifPresent(sockets::add);
            }
            if (sockets.size() < count) {
                throw new IllegalStateException("no " + count + " free ports below " + belowOutgoing());
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            close(sockets);
        }
    }

    /** The first of {@code count} consecutive ports nobody listens on, for a cluster's nodes (port + 2n). */
    static int consecutive(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = LOWEST + RANDOM.nextInt(belowOutgoing() - count - LOWEST);
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                for (int port = first; port < first + count; port++) {
                    Optional<ServerSocket> bound = bind(port);
                    if (bound.isEmpty()) {
                        break;
                    }
                    sockets.add(bound.get());
                }
                if (sockets.size() == count) {
                    return first;
                }
            } finally {
                close(sockets);
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports");
    }

    /** The first port the system may give an outgoing connection. */
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

    private static Optional<ServerSocket> bind(int port) {
        try {
            return Optional.of(new ServerSocket(port));
        } catch (IOException taken) {
            return Optional.empty();
        }
    }

    private static void close(List<ServerSocket> sockets) {
        for (ServerSocket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing listens on it either way
            }
        }
    }

    /**
     * Launcher arguments that put every port the platform opens on a free one, with up to three replicas of each
     * service (their ports a step of 100 apart) on none of the others.
     */
    static List<String> launcherArguments() {
        List<Integer> ports = take(8);
        while (replicasWouldCollide(ports)) {
            ports = take(8);
        }
        return List.of(
                "--mongo-port=" + ports.get(0),
                "--kafka-port=" + ports.get(1),
                "--kafka-controller-port=" + ports.get(2),
                "--gateway-port=" + ports.get(3),
                "--commitments-port=" + ports.get(4),
                "--meetings-port=" + ports.get(5),
                "--notifications-port=" + ports.get(6),
                "--identity-port=" + ports.get(7));
    }

    private static boolean replicasWouldCollide(List<Integer> ports) {
        java.util.Set<Integer> taken = new java.util.HashSet<>(ports.subList(0, 3));
        for (int service = 3; service < ports.size(); service++) {
            for (int replica = 0; replica < 3; replica++) {
                if (!taken.add(ServiceDefinition.replicaPort(ports.get(service), replica))) {
                    return true;
                }
            }
        }
        return false;
    }
}
