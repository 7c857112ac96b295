package org.roadmap.commitments.support;

import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port, on the shared embedded broker and MongoDB-wire server, with the
 * seeded Japan–Peru road map. All test classes extending this share one Spring context (same
 * settings), so the service starts once per module; a class that adds settings of its own says why.
 *
 * <p>The seeded road map is shared too: a test writes to seeded commitments no other test class
 * writes to (or to a road map of its own), and looks only at what it wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "commitments-service-tests");
    }

    /** Signed in as the working group's admin. */
    protected ApiClient api() {
        return new ApiClient(port);
    }
}
