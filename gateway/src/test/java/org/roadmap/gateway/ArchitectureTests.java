package org.roadmap.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.roadmap.platform.test.ServiceArchitecture;

/**
 * The packages of the gateway as docs/services/gateway.md and STYLE.md mean them. The gateway is a
 * web adapter through and through, with no domain of its own: of the services' rules, those about
 * other services, layer packages and cycles apply.
 */
@AnalyzeClasses(packages = "org.roadmap.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("org.roadmap.gateway");

    @ArchTest
    static final ArchRule usesNoOtherService = SERVICE.dependsOnNoOtherService();

    @ArchTest
    static final ArchRule isPackagedByFeature = SERVICE.isPackagedByFeature();

    @ArchTest
    static final ArchRule hasNoCyclesBetweenFeatures = SERVICE.hasNoCyclesBetweenFeatures();

    @ArchTest
    static final ArchRule usesNoAnnotationNeedingAspects = SERVICE.usesNoAnnotationNeedingAspects();
}
