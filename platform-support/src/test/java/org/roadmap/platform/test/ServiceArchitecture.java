package org.roadmap.platform.test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * The package rules every service keeps (STYLE.md, "Packages: by feature"), for a service's
 * {@code ArchitectureTests}: the root package is the service, each direct sub-package a feature,
 * {@code web} and {@code messaging} sub-packages its adapters. Exceptions that exist today are
 * named by the service, each with its reason, so a new one fails the build.
 */
public final class ServiceArchitecture {

    private static final String ADAPTERS = "(web|messaging)";
    /** Packages named after a layer, which spread one feature over several packages. */
    private static final String LAYERS = "(model|models|domain|entity|entities|dto|dtos|service|services|repository|"
            + "repositories|controller|controllers|adapter|adapters|util|utils|impl|common|shared)";

    private final String root;
    private final List<Known> known;

    private ServiceArchitecture(String root, List<Known> known) {
        this.root = root;
        this.known = List.copyOf(known);
    }

    /** The rules of the service whose root package is {@code root}, with the exceptions it has today. */
    public static ServiceArchitecture of(String root, Known... known) {
        return new ServiceArchitecture(root, List.of(known));
    }

    /** All the rules below: those of a service with a domain, adapters and features. */
    public ArchRule rules() {
        return CompositeArchRule.of(dependsOnNoOtherService()).and(isPackagedByFeature()).and(hasControllersInWebPackages())
                .and(keepsTheDomainFreeOfAdapters()).and(hasNoCyclesBetweenFeatures())
                .and(usesNoAnnotationNeedingAspects());
    }

    /**
     * No service runs AspectJ (matching its pointcuts against every bean was about a tenth of
     * notifications-service's start-up), so an annotation that only an aspect would act on, such as Resilience4j's
     * {@code @CircuitBreaker} or {@code @Retry}, would do nothing: breakers and retries are made from their
     * registries, as the webhook channel's are.
     */
    public ArchRule usesNoAnnotationNeedingAspects() {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(resideInAnyPackage("io.github.resilience4j..annotation..",
                        "org.aspectj.lang.annotation.."))
                .as(root + " uses no annotation that only an aspect would act on (Resilience4j's, AspectJ's)");
    }

    /** Of the platform, a service uses only its own packages, the contract module and platform-support. */
    public ArchRule dependsOnNoOtherService() {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage("org.roadmap..")
                        .and(DescribedPredicate.not(resideInAnyPackage(root + "..", "org.roadmap.events..",
                                "org.roadmap.platform.."))))
                .as(root + " uses no other service's packages, only org.roadmap.events and org.roadmap.platform");
    }

    /** No package named after a layer, and adapters ({@code web}, {@code messaging}) only inside a feature. */
    public ArchRule isPackagedByFeature() {
        Pattern layer = Pattern.compile(Pattern.quote(root) + "(\\.\\w+)*\\." + LAYERS + "(\\..*)?");
        Pattern adapterOutsideAFeature = Pattern.compile(Pattern.quote(root) + "\\." + ADAPTERS + "(\\..*)?");
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("reside in a feature package, adapters in the feature they serve") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String name = item.getPackageName();
                        if (layer.matcher(name).matches()) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " is in a package named after a layer"));
                        } else if (adapterOutsideAFeature.matcher(name).matches() && !isKnown(name, name)) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " is an adapter of no feature"));
                        }
                    }
                });
    }

    /** HTTP controllers are web adapters. */
    public ArchRule hasControllersInWebPackages() {
        return classes().that().resideInAPackage(root + "..")
                .and().areMetaAnnotatedWith("org.springframework.stereotype.Controller")
                .should().resideInAPackage("..web..")
                .allowEmptyShould(true);
    }

    /** The features' own classes use their {@code web} and {@code messaging} adapters, never the other way round. */
    public ArchRule keepsTheDomainFreeOfAdapters() {
        Pattern adapter = Pattern.compile(Pattern.quote(root) + "(\\.\\w+)*\\." + ADAPTERS + "(\\..*)?");
        return classes().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages("..web..", "..messaging..")
                .should(new ArchCondition<>("depend on no web or messaging adapter") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            if (adapter.matcher(target).matches() && !isKnown(item.getPackageName(), target)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** No cycle between features (a feature with its adapters is one slice). */
    public ArchRule hasNoCyclesBetweenFeatures() {
        SliceRule rule = slices().matching(root + ".(*)..").as("features of " + root).should().beFreeOfCycles();
        for (Known dependency : known) {
            rule = rule.ignoreDependency(resideInAPackage(dependency.from()), resideInAPackage(dependency.to()));
        }
        return rule;
    }

    private boolean isKnown(String from, String to) {
        return known.stream().anyMatch(k -> matches(k.from(), from) && matches(k.to(), to));
    }

    private static boolean matches(String packagePattern, String packageName) {
        return packagePattern.endsWith("..")
                ? (packageName + ".").startsWith(packagePattern.substring(0, packagePattern.length() - 1))
                : packageName.equals(packagePattern);
    }

    /**
     * A dependency the rules allow because it exists today for a reason: from one package to another
     * (a trailing {@code ..} takes in the sub-packages).
     */
    public record Known(String from, String to, String reason) {

        public Known {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a known exception needs its reason");
            }
        }

        /** An adapter package of the whole service rather than of one feature. */
        public static Known adapterOfTheService(String adapterPackage, String reason) {
            return new Known(adapterPackage, adapterPackage, reason);
        }
    }
}
