package org.roadmap.notifications;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.roadmap.platform.test.ServiceArchitecture;
import org.roadmap.platform.test.ServiceArchitecture.Known;

/** The packages of notifications-service as docs/services/notifications-service.md and STYLE.md mean them. */
@AnalyzeClasses(packages = "org.roadmap.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("org.roadmap.notifications",
            Known.adapterOfTheService("org.roadmap.notifications.web",
                    "NotificationProblems answers the exceptions of the service's own rules, of several features, "
                            + "as problems"),
            new Known("org.roadmap.notifications.recipient.web", "org.roadmap.notifications.webhook..",
                    "the recipient API checks a webhook URL (WebhookTargets) when it is set, so a target the webhook "
                            + "channel would refuse is refused at once; the only edge of the recipient-webhook cycle"));

    /** No other service's packages, packages by feature, adapters kept out of the domain, no cycles. */
    @ArchTest
    static final ArchRule packagesAsMeant = SERVICE.rules();
}
