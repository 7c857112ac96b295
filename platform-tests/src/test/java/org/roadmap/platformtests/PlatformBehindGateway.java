package org.roadmap.platformtests;

import java.nio.file.Path;
import java.util.Arrays;

import org.roadmap.commitments.CommitmentsApplication;
import org.roadmap.meetings.MeetingsApplication;
import org.roadmap.notifications.NotificationsApplication;
import org.roadmap.platform.test.EmbeddedInfrastructure;

/**
 * The three services on the embedded broker and MongoDB-wire server, each with a database of its own
 * named {@code <prefix>-<service>}, the local token issuer, and the gateway's jar in front of them, as
 * people and ministries' systems reach the platform.
 */
record PlatformBehindGateway(LocalIssuer issuer, RunningService commitments, RunningService meetings,
        RunningService notifications, GatewayProcess gateway) implements AutoCloseable {

    static PlatformBehindGateway start(Path gatewayJar, String prefix) throws Exception {
        int gatewayPort = GatewayProcess.freePort();
        LocalIssuer issuer = LocalIssuer.start(GatewayProcess.uri(gatewayPort));
        RunningService commitments = RunningService.start(CommitmentsApplication.class,
                service(prefix + "-commitments", issuer));
        RunningService meetings = RunningService.start(MeetingsApplication.class, service(prefix + "-meetings", issuer));
        RunningService notifications = RunningService.start(NotificationsApplication.class,
                service(prefix + "-notifications", issuer));
        // the gateway's default profile takes the issuer's key set from its route to it and checks its iss
        GatewayProcess gateway = GatewayProcess.start(gatewayJar, gatewayPort,
                "--roadmap.gateway.services.commitments=" + commitments.uri(""),
                "--roadmap.gateway.services.meetings=" + meetings.uri(""),
                "--roadmap.gateway.services.notifications=" + notifications.uri(""),
                "--roadmap.gateway.services.identity=" + issuer.uri(),
                "--roadmap.gateway.issuer.uri=" + issuer.issuerUri(),
                "--roadmap.gateway.sign-in.client-secret=" + LocalIssuer.GATEWAY_SECRET);
        return new PlatformBehindGateway(issuer, commitments, meetings, notifications, gateway);
    }

    @Override
    public void close() throws Exception {
        try (issuer; commitments; meetings; notifications; gateway) {
            // closed in the reverse order of their start
        }
    }

    private static String[] service(String database, LocalIssuer issuer) {
        String[] arguments = issuer.trustedBy(EmbeddedInfrastructure.arguments(database));
        String[] quiet = Arrays.copyOf(arguments, arguments.length + 1);
        quiet[arguments.length] = "--logging.level.root=WARN";
        return quiet;
    }
}
