package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.roadmap.events.ListLimits;

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

    @Test
    void refusesMoreEntitiesThanTheApiTakesNamingTheCommitment() {
        String entities = "{name: Ministry, country: JP, role: lead}\n".repeat(ListLimits.RESPONSIBLE_ENTITIES + 1);

        assertThatThrownBy(() -> load("Dialogue", entities, "{country: JP, name: Japan, zone: Asia/Tokyo}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Annotation of I.1 names more than 50 responsible entities");
    }

    @Test
    void refusesMorePartiesThanMeetingsServiceTakesInAnOfferedSeries() {
        String parties = "{country: JP, name: Japan, zone: Asia/Tokyo}\n".repeat(ListLimits.PARTIES + 1);

        assertThatThrownBy(() -> load("Dialogue", "{name: Ministry, country: JP, role: lead}\n", parties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Annotations name more than 10 parties");
    }

    private static RoadMapAnnotations load(String title, String entity) {
        return load(title, "{name: \"" + entity + "\", country: JP, role: lead}\n",
                "{country: JP, name: Japan, zone: Asia/Tokyo}\n");
    }

    /** @param entities and {@code parties}: flow mappings, one a line */
    private static RoadMapAnnotations load(String title, String entities, String parties) {
        String yaml = """
                roadMapId: annotations-test
                name: Annotations test
                document: annotations-test.txt
                parties:
                %s
                commitments:
                  I.1:
                    title: "%s"
                    responsible:
                %s
                """.formatted(parties.lines().map(p -> "  - " + p).collect(Collectors.joining("\n")), title,
                entities.lines().map(e -> "      - " + e).collect(Collectors.joining("\n")));
        return RoadMapAnnotations.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
