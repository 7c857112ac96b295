package org.roadmap.meetings.support;

import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port, on the shared embedded broker and MongoDB-wire server. All test
 * classes extending this share one Spring context (same settings), so the service starts once per
 * module; a class that adds settings of its own says why.
 *
 * <p>No seeded series and no scheduled cadence watch: each test creates the series it needs, under
 * ids of its own, and a watch reporting periods at risk in the background would change the versions
 * (ETags) tests change series by. The seed and the watch have tests of their own that run them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roadmap.meetings.seed=false", "roadmap.meetings.cadence-watch=false"})
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "meetings-service-tests");
    }

    /** Signed in as the working group's admin. */
    protected ApiClient api() {
        return new ApiClient(port);
    }
}
