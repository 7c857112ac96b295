package org.roadmap.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports nobody listens on right now, so tests never collide with a platform already running here. */
final class FreePorts {

    private FreePorts() {
    }

    static List<Integer> take(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            // Held open together so the same port is not handed out twice.
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing listens on it either way
                }
            }
        }
    }

    /** The first of {@code count} consecutive ports nobody listens on, for a cluster's nodes (port + 2n). */
    static int consecutive(int count) {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = 20_000 + random.nextInt(30_000);
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                for (int port = first; port < first + count; port++) {
                    sockets.add(new ServerSocket(port));
                }
                return first;
            } catch (IOException taken) {
                // try another range
            } finally {
                for (ServerSocket socket : sockets) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // nothing listens on it either way
                    }
                }
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports");
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
