package org.roadmap.notifications.recipient;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventJson;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.test.EarlierVersionData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A recipient stored by the version that kept its whole history in the recipient document
 * (src/test/resources/history-in-document, made through that version's API) is served by this one once it has
 * started: its history moved to its log, each change still saying who changed which fields.
 */
// A context of its own, on a database of its own: the move happens while the service starts, over what the
// previous version stored before.
@TestPropertySource(properties = "spring.mongodb.database=" + RecipientHistoryLayoutTests.DATABASE)
class RecipientHistoryLayoutTests extends ServiceTest {

    static final String DATABASE = "notifications-history-in-document";
    private static final String ID = "b1259b4b-bb48-3d37-98d7-29af527fc5dc";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AppendedRecords appended;

    @Autowired
    RecipientManagement recipients;

    @DynamicPropertySource
    static void storedByThePreviousVersion(DynamicPropertyRegistry registry) {
        EarlierVersionData.store(DATABASE, "recipients", Document.parse(resource("recipient.json")));
    }

    @Test
    void servesTheRecipientAsBeforeWithItsHistoryInItsLog() {
        assertThat(json(api().get("/api/v1/recipients/" + ID)))
                .isEqualTo(EventJson.tree(resource("recipient-answer.json")));
        Document stored = mongo.getCollection("recipients").find(eq("_id", ID)).first();
        assertThat(stored.get("history", Document.class).get("length", Number.class).longValue()).isEqualTo(3);

        HttpResponse<String> changed = api().patch("/api/v1/recipients/" + ID, "{\"digest\": true}", "If-Match",
                "\"3\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        List<Change> history = appended.history("recipients").all(ID, recipients.load(ID).history().length());
        assertThat(history).extracting(Change::version).containsExactly(1L, 2L, 3L, 4L);
        assertThat(history).extracting(Change::kind).containsExactly("created", "updated", "updated", "updated");
        assertThat(history).extracting(c -> c.after().get("fields")).containsExactly(List.of(), List.of("language"),
                List.of("secondLanguage", "deliveryTime"), List.of("digest"));
        assertThat(history.get(3).after()).isEqualTo(Map.of("fields", List.of("digest")));
    }

    private static String resource(String name) {
        return EarlierVersionData.resource("/history-in-document/" + name);
    }
}
