package org.roadmap.meetings;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.roadmap.platform.test.ServiceArchitecture;
import org.roadmap.platform.test.ServiceArchitecture.Known;

/** The packages of meetings-service as docs/services/meetings-service.md and STYLE.md mean them. */
@AnalyzeClasses(packages = "org.roadmap.meetings", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("org.roadmap.meetings",
            new Known("org.roadmap.meetings.series", "org.roadmap.meetings.series.messaging",
                    "MeetingSeriesManagement writes a change and its integration events (MeetingSeriesEvents) in one "
                            + "document write, as the outbox of ADR 0002 needs"));

    /** No other service's packages, packages by feature, adapters kept out of the domain, no cycles. */
    @ArchTest
    static final ArchRule packagesAsMeant = SERVICE.rules();
}
