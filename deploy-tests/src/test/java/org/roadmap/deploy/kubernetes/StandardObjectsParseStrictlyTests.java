package org.roadmap.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;

import tools.jackson.databind.node.ObjectNode;

class StandardObjectsParseStrictlyTests {

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void everyStandardObjectParsesStrictly(ValuesFile values) {
        Rendering rendering = HelmChart.rendered(values);

        assertThat(problems(rendering)).isEmpty();
        assertThat(rendering.documents()).filteredOn(d -> Rendering.isStandard(d.path("apiVersion").asString()))
                .hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void refusesAFieldTheApiDoesNotHave() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("Deployment", "gateway",
                deployment -> ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0))
                        .put("livenesProbe", "typo"));

        assertThat(problems(broken)).singleElement().asString().contains("Deployment gateway", "livenesProbe");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("Service", "gateway",
                service -> ((ObjectNode) service.path("spec").path("ports").get(0)).put("port", "eighty"));

        assertThat(problems(broken)).singleElement().asString().contains("Service gateway");
    }

    @Test
    void refusesAStandardKindItHasNoModelFor() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("Service", "gateway",
                service -> service.put("apiVersion", "batch/v1").put("kind", "CronJob"));

        assertThat(problems(broken)).singleElement().asString().contains("no strict model for batch/v1 CronJob");
    }

    private static List<String> problems(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode document : rendering.documents()) {
            String apiVersion = document.path("apiVersion").asString();
            String kind = document.path("kind").asString();
            if (!Rendering.isStandard(apiVersion)) {
                continue;
            }
            var parser = StrictModels.parser(apiVersion, kind);
            if (parser.isEmpty()) {
                problems.add(Rendering.describe(document) + ": no strict model for " + apiVersion + " " + kind);
                continue;
            }
            try {
                parser.get().parse(document.toString());
            } catch (Exception | Error e) {
                problems.add(Rendering.describe(document) + ": " + e.getMessage());
            }
        }
        return problems;
    }
}
