package org.roadmap.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the platform's services: its jar name, address and port, and the arguments that point it
 * at the embedded infrastructure and at each other. Only the gateway listens beyond the loopback
 * interface: the services and the issuer are reached through it, with its limits.
 *
 * @param address where it listens; {@link LauncherSettings#ALL_INTERFACES} for every interface
 */
record ServiceDefinition(String name, String address, int port, List<String> arguments) {

    ServiceDefinition {
        arguments = List.copyOf(arguments);
    }

    static List<ServiceDefinition> forPlatform(LauncherSettings settings) {
        return List.of(
                // first: the services fetch its keys at their first request, not at start
                new ServiceDefinition("identity", LauncherSettings.LOOPBACK, settings.identityPort(), List.of(
                        "--server.address=" + LauncherSettings.LOOPBACK,
                        "--server.port=" + settings.identityPort(),
                        "--spring.security.oauth2.authorizationserver.issuer=" + settings.issuerUri(),
                        "--roadmap.identity.data-directory=" + settings.identityDir())),
                domainService("commitments-service", settings.commitmentsPort(), "commitments", settings),
                domainService("meetings-service", settings.meetingsPort(), "meetings", settings),
                domainService("notifications-service", settings.notificationsPort(), "notifications", settings),
                gateway(settings));
    }

    private static ServiceDefinition gateway(LauncherSettings settings) {
        List<String> arguments = new ArrayList<>();
        if (!settings.gatewayAddress().equals(LauncherSettings.ALL_INTERFACES)) {
            arguments.add("--server.address=" + settings.gatewayAddress());
        }
        arguments.addAll(List.of(
                "--server.port=" + settings.gatewayPort(),
                "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                "--roadmap.gateway.services.commitments=" + localUrl(settings.commitmentsPort()),
                "--roadmap.gateway.services.meetings=" + localUrl(settings.meetingsPort()),
                "--roadmap.gateway.services.notifications=" + localUrl(settings.notificationsPort()),
                // the issuer's keys, token endpoint and discovery: on its own port, not always 8084
                "--roadmap.gateway.services.identity=" + localUrl(settings.identityPort())));
        return new ServiceDefinition("gateway", settings.gatewayAddress(), settings.gatewayPort(), arguments);
    }

    Path jar(Path servicesDir) {
        return servicesDir.resolve(name + ".jar");
    }

    /** Probed where it listens: on loopback unless it listens on one other address only. */
    URI readinessUri() {
        boolean wildcard = address.isEmpty() || address.equals("0.0.0.0") || address.equals("::");
        String host = wildcard ? LauncherSettings.LOOPBACK : address.contains(":") ? "[" + address + "]" : address;
        return URI.create("http://" + host + ":" + port + "/actuator/health/readiness");
    }

    private static ServiceDefinition domainService(String name, int port, String database, LauncherSettings settings) {
        return new ServiceDefinition(name, LauncherSettings.LOOPBACK, port, List.of(
                "--server.address=" + LauncherSettings.LOOPBACK,
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + settings.mongoPort() + "/" + database,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + settings.issuerUri()));
    }

    private static String localUrl(int port) {
        return "http://127.0.0.1:" + port;
    }
}
