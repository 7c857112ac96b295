package org.roadmap.deploy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;
import org.roadmap.deploy.code.AclFile;
import org.roadmap.deploy.code.ServiceBindings;

import tools.jackson.databind.node.ObjectNode;

class KafkaRulesTests {

    private final List<ServiceBindings> services = ServiceBindings.ofAllServices();
    private final List<AclFile.Rule> acls = AclFile.rules();
    private final Rendering defaults = HelmChart.rendered(ValuesFile.DEFAULTS);

    @Test
    void readsTheBindingsOfTheCode() {
        ServiceBindings notifications = ServiceBindings.of("notifications-service");

        assertThat(notifications.consumers()).contains(
                new ServiceBindings.Consumer("meetingEvents-in-0", "roadmap.meetings.v1", "notifications-service",
                        Optional.of("roadmap.meetings.v1.notifications-service.dlt")));
        assertThat(notifications.consumers()).anySatisfy(consumer -> {
            assertThat(consumer.groupPrefix()).isEqualTo("notifications-service-inbox-");
            assertThat(consumer.deadLetters()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void everyTopicTheCodeUsesIsADurableKafkaTopic(ValuesFile values) {
        assertThat(KafkaRules.topicViolations(HelmChart.rendered(values), services, acls)).isEmpty();
    }

    @Test
    void reportsAMissingDeadLetterTopic() {
        Rendering broken = defaults.without("KafkaTopic", "roadmap.commitments.v1.meetings-service.dlt");

        assertThat(KafkaRules.topicViolations(broken, services, acls))
                .containsExactly("topic roadmap.commitments.v1.meetings-service.dlt is used but not declared as a KafkaTopic");
    }

    @Test
    void reportsATopicThatMayLoseEvents() {
        Rendering broken = defaults.withChanged("KafkaTopic", "roadmap.meetings.v1",
                topic -> ((ObjectNode) topic.path("spec").path("config")).put("retention.ms", 604800000));

        assertThat(KafkaRules.topicViolations(broken, services, acls))
                .containsExactly("KafkaTopic roadmap.meetings.v1: retention.ms is not -1");
    }

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void everyConsumerGroupIsGrantedToItsService(ValuesFile values) {
        assertThat(KafkaRules.groupViolations(HelmChart.rendered(values), services)).isEmpty();
    }

    @Test
    void reportsAGroupTheServiceMayNotReadAs() {
        Rendering broken = defaults.withChanged("KafkaUser", "commitments-service",
                user -> ((ObjectNode) user.path("spec").path("authorization").path("acls").get(5).path("resource"))
                        .put("patternType", "literal"));

        assertThat(KafkaRules.groupViolations(broken, services)).containsExactly(
                "KafkaUser commitments-service may not read as group commitments-service-listed-${roadmap.commitments.replica:${random.uuid}}"
                        + " (binding listedRefresh-in-0)");
    }

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void kafkaUsersHoldExactlyTheRulesOfTheAclFile(ValuesFile values) {
        assertThat(KafkaRules.aclFileViolations(HelmChart.rendered(values), acls)).isEmpty();
    }

    @Test
    void reportsARuleTheAclFileDoesNotGive() {
        Rendering broken = defaults.withChanged("KafkaUser", "integrator",
                user -> ((ObjectNode) user.path("spec").path("authorization").path("acls").get(0).path("resource"))
                        .put("name", "roadmap.commitments.v1"));

        assertThat(KafkaRules.aclFileViolations(broken, acls)).containsExactlyInAnyOrder(
                "KafkaUser integrator lacks read topic literal roadmap.commitments.public.v1 of acls.txt",
                "KafkaUser integrator has read topic literal roadmap.commitments.v1, which acls.txt does not give");
    }
}
