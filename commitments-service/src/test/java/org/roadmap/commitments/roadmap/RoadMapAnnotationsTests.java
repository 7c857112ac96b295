package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Annotations are held to what the API takes, so no import registers a commitment the other services refuse. */
class RoadMapAnnotationsTests {

    @Test
    void takesATitleAndAnEntityNameOfUpTo300Characters() {
        RoadMapAnnotations annotations = load("T".repeat(300), "M".repeat(300));

        assertThat(annotations.commitments().get("I.1").title()).hasSize(300);
    }

    @Test
    void refusesATitleLongerThanTheApiTakesNamingTheCommitment() {
        assertThatThrownBy(() -> load("T".repeat(301), "Ministry of Foreign Affairs of Japan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Annotation of I.1 has a title longer than 300 characters");
    }

    @Test
    void refusesAnEntityNameLongerThanTheApiTakesNamingTheCommitment() {
        assertThatThrownBy(() -> load("Dialogue", "M".repeat(301)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Annotation of I.1 names an entity in more than 300 characters");
    }

    private static RoadMapAnnotations load(String title, String entity) {
        String yaml = """
                roadMapId: annotations-test
                name: Annotations test
                document: annotations-test.txt
                parties:
                  - {country: JP, name: Japan, zone: Asia/Tokyo}
                commitments:
                  I.1:
                    title: "%s"
                    responsible:
                      - {name: "%s", country: JP, role: lead}
                """.formatted(title, entity);
        return RoadMapAnnotations.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
