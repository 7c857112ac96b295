package org.roadmap.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * One of the platform's services: its jar name, port and the arguments that point it at the
 * embedded infrastructure and at each other.
 */
record ServiceDefinition(String name, int port, List<String> arguments) {

    ServiceDefinition {
        arguments = List.copyOf(arguments);
    }

    static List<ServiceDefinition> forPlatform(LauncherSettings settings) {
        return List.of(
                // first: the services fetch its keys at their first request, not at start
                new ServiceDefinition("identity", settings.identityPort(), List.of(
                        "--server.port=" + settings.identityPort(),
                        "--spring.security.oauth2.authorizationserver.issuer=" + settings.issuerUri(),
                        "--roadmap.identity.data-directory=" + settings.identityDir())),
                domainService("commitments-service", settings.commitmentsPort(), "commitments", settings),
                domainService("meetings-service", settings.meetingsPort(), "meetings", settings),
                domainService("notifications-service", settings.notificationsPort(), "notifications", settings),
                new ServiceDefinition("gateway", settings.gatewayPort(), List.of(
                        "--server.port=" + settings.gatewayPort(),
                        "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                        "--roadmap.gateway.services.commitments=" + localUrl(settings.commitmentsPort()),
                        "--roadmap.gateway.services.meetings=" + localUrl(settings.meetingsPort()),
                        "--roadmap.gateway.services.notifications=" + localUrl(settings.notificationsPort()),
                        // the issuer's keys, token endpoint and discovery: on its own port, not always 8084
                        "--roadmap.gateway.services.identity=" + localUrl(settings.identityPort()))));
    }

    Path jar(Path servicesDir) {
        return servicesDir.resolve(name + ".jar");
    }

    URI readinessUri() {
        return URI.create(localUrl(port) + "/actuator/health/readiness");
    }

    private static ServiceDefinition domainService(String name, int port, String database, LauncherSettings settings) {
        return new ServiceDefinition(name, port, List.of(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + settings.mongoPort() + "/" + database,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + settings.issuerUri()));
    }

    private static String localUrl(int port) {
        return "http://127.0.0.1:" + port;
    }
}
