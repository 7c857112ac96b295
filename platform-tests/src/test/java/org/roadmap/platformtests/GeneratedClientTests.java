package org.roadmap.platformtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.clients.commitments.api.CommitmentControllerApi;
import org.roadmap.clients.commitments.api.ProgressReportControllerApi;
import org.roadmap.clients.commitments.model.CommitmentResponse;
import org.roadmap.clients.commitments.model.ProgressReportResponse;
import org.roadmap.clients.commitments.model.ReportProgressRequest;
import org.roadmap.clients.commitments.model.UpdateCommitmentRequest;
import org.roadmap.clients.meetings.api.MeetingSeriesControllerApi;
import org.roadmap.clients.meetings.model.MeetingView;
import org.roadmap.clients.meetings.model.Schedule;
import org.roadmap.clients.meetings.model.VenueBody;
import org.roadmap.clients.notifications.api.InboxControllerApi;
import org.roadmap.clients.notifications.model.InboxView;
import org.roadmap.platform.test.TestUser;

/**
 * A ministry's system on the clients openapi-generator makes from the published documents
 * ({@code docs/openapi/}, generated in this module's build and used without a hand edit), through the
 * gateway: signs in, lists with filters, reports progress with an Idempotency-Key and retries it, changes
 * a commitment with If-Match and reads the 412 of a stale one as a typed problem, schedules a meeting and
 * reads its inbox.
 */
class GeneratedClientTests {

    private static final String ROAD_MAP = "jp-pe-2024-2033";
    private static final TestUser EDITOR = TestUser.PE_EDITOR;

    @Test
    void aGeneratedClientDrivesTheApiThroughTheGateway() throws Exception {
        Optional<Path> gatewayJar = GatewayProcess.jar();
        assumeTrue(gatewayJar.isPresent(), "needs the gateway's runnable jar (package the gateway module first)");
        try (PlatformBehindGateway platform = PlatformBehindGateway.start(gatewayJar.get(), "client")) {
            LocalIssuer issuer = platform.issuer();
            GatewayProcess gateway = platform.gateway();
            String bearer = issuer.bearer(EDITOR);

            // list with filters: Peru's commitments of pillar I
            CommitmentControllerApi commitmentApi = new CommitmentControllerApi(commitmentsClient(gateway, bearer));
            List<CommitmentResponse> peru = commitmentApi.commitmentList(ROAD_MAP, null, "I", null, null, null, "PE",
                    null, null, null, null, 0, 50, "reference").getContent();
            assertThat(peru).isNotEmpty().allMatch(c -> c.getPillar().equals("I"));
            CommitmentResponse commitment = peru.stream().filter(c -> c.getReference().equals("I.3")).findFirst()
                    .orElseThrow();

            // report progress, and retry the same request: one report
            ProgressReportControllerApi reports = new ProgressReportControllerApi(commitmentsClient(gateway, bearer));
            ReportProgressRequest report = new ReportProgressRequest().country("PE")
                    .organisation(EDITOR.organisation()).summary("Exchange programme agreed")
                    .level(ReportProgressRequest.LevelEnum.SUBSTANTIAL).health(ReportProgressRequest.HealthEnum.ON_TRACK);
            String key = UUID.randomUUID().toString();
            ProgressReportResponse first = reports.progressReportReport(commitment.getId(), report, key);
            ProgressReportResponse retried = reports.progressReportReport(commitment.getId(), report, key);
            assertThat(retried.getId()).isEqualTo(first.getId());
            assertThat(reports.progressReportTimeline(commitment.getId(), 0, 20).getContent())
                    .filteredOn(r -> r.getId().equals(first.getId())).hasSize(1);

            // change with If-Match; the same stale version again is a typed 412 problem
            CommitmentResponse current = commitmentApi.commitmentGet(commitment.getId());
            String version = "\"" + current.getVersion() + "\"";
            CommitmentResponse changed = commitmentApi.commitmentUpdate(commitment.getId(), version,
                    new UpdateCommitmentRequest().title(current.getTitle() + " (reviewed)"));
            assertThat(changed.getVersion()).isEqualTo(current.getVersion() + 1);
            var stale = catchThrowableOfType(org.roadmap.clients.commitments.ApiException.class,
                    () -> commitmentApi.commitmentUpdate(commitment.getId(), version,
                            new UpdateCommitmentRequest().title("Again")));
            assertThat(stale.getCode()).isEqualTo(412);
            var problem = commitmentsClient(gateway, bearer).getObjectMapper().readValue(stale.getResponseBody(),
                    org.roadmap.clients.commitments.model.Problem.class);
            assertThat(problem.getStatus()).isEqualTo(412);
            assertThat(problem.getTitle()).isNotBlank();

            // schedule a meeting as the working group
            String admin = issuer.bearer(TestUser.WG_ADMIN);
            int year = LocalDate.now().getYear() + 1;
            MeetingSeriesControllerApi seriesApi = new MeetingSeriesControllerApi(meetingsClient(gateway, admin));
            Schedule meeting = new Schedule().start(year + "-06-15T18:00").end(year + "-06-15T20:00")
                    .venue(new VenueBody().city("Lima").country("PE"));
            MeetingView scheduled = seriesApi.meetingSeriesSchedule("road-map-working-group", meeting, null,
                    UUID.randomUUID().toString());
            assertThat(scheduled.getSeriesId()).isEqualTo("road-map-working-group");
            assertThat(scheduled.getVenue().getCity()).isEqualTo("Lima");

            // the editor's inbox: its items, newest first, as many as its unread count says are unread
            InboxControllerApi inboxApi = new InboxControllerApi(notificationsClient(gateway, bearer));
            List<InboxView> inbox = inboxApi.inboxList(null, 100);
            long unread = inbox.stream().filter(item -> item.getReadAt() == null).count();
            assertThat(inboxApi.inboxUnreadCount()).containsEntry("unread", (int) unread);
        }
    }

    private static org.roadmap.clients.commitments.ApiClient commitmentsClient(GatewayProcess gateway, String bearer) {
        var client = new org.roadmap.clients.commitments.ApiClient();
        client.updateBaseUri(gateway.uri());
        client.setRequestInterceptor(request -> request.header("Authorization", bearer));
        return client;
    }

    private static org.roadmap.clients.meetings.ApiClient meetingsClient(GatewayProcess gateway, String bearer) {
        var client = new org.roadmap.clients.meetings.ApiClient();
        client.updateBaseUri(gateway.uri());
        client.setRequestInterceptor(request -> request.header("Authorization", bearer));
        return client;
    }

    private static org.roadmap.clients.notifications.ApiClient notificationsClient(GatewayProcess gateway,
            String bearer) {
        var client = new org.roadmap.clients.notifications.ApiClient();
        client.updateBaseUri(gateway.uri());
        client.setRequestInterceptor(request -> request.header("Authorization", bearer));
        return client;
    }
}
