package org.roadmap.commitments;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.roadmap.platform.test.ServiceArchitecture;
import org.roadmap.platform.test.ServiceArchitecture.Known;

/** The packages of commitments-service as docs/services/commitments-service.md and STYLE.md mean them. */
@AnalyzeClasses(packages = "org.roadmap.commitments", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("org.roadmap.commitments",
            new Known("org.roadmap.commitments.commitment", "org.roadmap.commitments.commitment.messaging",
                    "CommitmentManagement writes a change and its integration events (CommitmentEvents) in one "
                            + "document write, as the outbox of ADR 0002 needs"));

    /** No other service's packages, packages by feature, adapters kept out of the domain, no cycles. */
    @ArchTest
    static final ArchRule packagesAsMeant = SERVICE.rules();
}
