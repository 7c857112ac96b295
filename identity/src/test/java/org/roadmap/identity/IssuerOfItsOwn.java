package org.roadmap.identity;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An issuer started on a port and a data directory of its own per test class (its signing key and
 * secrets are written there), as the launcher starts one; subclasses set the secrets they sign in with.
 */
abstract class IssuerOfItsOwn {

    @TempDir
    static Path data;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("roadmap.identity.data-directory", () -> data.toString());
    }
}
