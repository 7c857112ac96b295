package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.commitments.roadmap.suggestion.GazetteerEntry;
import org.roadmap.commitments.roadmap.suggestion.GazetteerStore;
import org.roadmap.commitments.support.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The gazetteer is stored, starts with the shipped entries, and an entry kept since is used by the next import. */
class GazetteerStoreTests extends ServiceTest {

    @Autowired
    GazetteerStore gazetteer;

    @Test
    void holdsTheShippedEntries() {
        assertThat(gazetteer.current().entries()).extracting(GazetteerEntry::id)
                .contains("jp-mofa", "pe-mre", "cl-corfo", "mx-sre");
    }

    @Test
    void recognisesABodyLearnedAfterTheShippedOnesInTheNextImport() {
        String acronym = "OV" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^A-Z]", "X");
        gazetteer.learn(new GazetteerEntry("ca-test-" + acronym.toLowerCase(), "CA", "agency",
                List.of("Ottawa Valley Export Board"), List.of(acronym), List.of(), List.of(),
                "ca-cl-test/I.1"));

        HttpResponse<String> imported = api().postText("/api/v1/road-maps", "text/plain", """
                [Title] ACTION PLAN BETWEEN CANADA AND THE REPUBLIC OF CHILE %s
                [Place] Santiago
                [Date] 2026-01-15
                [Full text]

                I. TRADE PILLAR

                1. Expand the export financing programmes of %s and the Chilean Economic Development Agency (CORFO).
                """.formatted(UUID.randomUUID(), acronym));

        assertThat(imported.statusCode()).isEqualTo(201);
        JsonNode entities = json(imported).get("suggestions").get(0).get("suggestions").get("responsibleEntities");
        JsonNode board = entities.get(0);
        assertThat(board.get("name").asString()).isEqualTo("Ottawa Valley Export Board (" + acronym + ")");
        assertThat(board.get("country").asString()).isEqualTo("CA");
        assertThat(board.get("evidence").asString()).isEqualTo(acronym);
        assertThat(board.get("basis").asString()).isEqualTo("gazetteer");
    }
}
