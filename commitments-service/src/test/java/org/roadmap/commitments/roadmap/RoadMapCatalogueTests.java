package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Each replica holds the road maps in memory; one that another replica imports (here: stored straight into the
 * collection, as that replica's import stores it) is found by id at once and listed once the list is read again.
 */
class RoadMapCatalogueTests extends ServiceTest {

    private static final String JAPAN_PERU = "jp-pe-2024-2033";

    @Autowired
    private MongoTemplate mongo;

    @Test
    void findsARoadMapAnotherReplicaImportedByItsIdAtOnce() {
        ApiClient api = api();
        api.get("/api/v1/road-maps"); // the list held
        String id = importedElsewhere();

        assertThat(api.get("/api/v1/road-maps/" + id).statusCode()).isEqualTo(200);
        assertThat(listed(api)).contains(id, JAPAN_PERU);
    }

    @Test
    void listsARoadMapAnotherReplicaImportedOnceTheListIsReadAgain() {
        ApiClient api = api();
        api.get("/api/v1/road-maps");
        String id = importedElsewhere();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(listed(api)).contains(id));
        List<String> listed = listed(api);
        assertThat(listed.indexOf(id)).as("signed later, listed first").isLessThan(listed.indexOf(JAPAN_PERU));
    }

    /** A copy of the seeded road map under another id, signed later, as another replica's import stores it. */
    private String importedElsewhere() {
        String id = "elsewhere-" + UUID.randomUUID();
        Document seeded = mongo.findById(JAPAN_PERU, Document.class, "road_maps");
        Document copy = new Document(seeded).append("_id", id).append("digest", UUID.randomUUID().toString())
                .append("signedOn", new java.util.Date(4_102_444_800_000L)); // 2100-01-01
        mongo.insert(copy, "road_maps");
        return id;
    }

    private static List<String> listed(ApiClient api) {
        return json(api.get("/api/v1/road-maps")).valueStream().map(r -> r.get("id").asString()).toList();
    }
}
