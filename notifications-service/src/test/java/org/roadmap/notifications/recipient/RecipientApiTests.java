package org.roadmap.notifications.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

class RecipientApiTests extends ServiceTest {

    @Autowired
    RecipientManagement recipients;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AppendedRecords appended;

    @Test
    void registersARecipientWithLanguageZoneQuietHoursAndDefaultDeliveryTime() {
        HttpResponse<String> created = api().post("/api/v1/recipients",
                RecipientMother.limaOfficer(RecipientMother.uniqueEmail("maria")));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode body = json(created);
        assertThat(body.get("language").asString()).isEqualTo("es");
        assertThat(body.get("timeZone").asString()).isEqualTo("America/Lima");
        assertThat(body.get("deliveryTime").asString()).isEqualTo("09:00");
        assertThat(body.get("quietHours").get("from").asString()).isEqualTo("21:00");
        assertThat(body.get("responsibleFor").get(0).asString()).isEqualTo("Ministry of Foreign Affairs of Peru");
        assertThat(api().get(created.headers().firstValue("Location").orElseThrow()).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownLanguageWithAProblemNamingTheField() {
        HttpResponse<String> response = api().post("/api/v1/recipients",
                RecipientMother.limaOfficer(RecipientMother.uniqueEmail("x")).replace("\"es\"", "\"qu\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("language");
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        HttpResponse<String> response = api().post("/api/v1/recipients", RecipientMother
                .limaOfficer("not-an-address").replace("\"es\"", "\"qu\"").replace("America/Lima", "Peru/Lima")
                .replace("\"PE\"", "\"Peru\"").replace("\"channels\"", "\"deliveryTime\": \"25:00\", \"channels\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("language", "timeZone", "email", "country", "deliveryTime");
    }

    @Test
    void namesEveryFieldAtFaultOfAPatchAtOnce() {
        HttpResponse<String> created = api().post("/api/v1/recipients",
                RecipientMother.limaOfficer(RecipientMother.uniqueEmail("patch")));
        String path = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> patched = api().patch(path, "{\"language\": \"qu\", \"timeZone\": \"Peru/Lima\","
                + " \"email\": \"nowhere\", \"favouriteColour\": \"red\"}", "If-Match", "\"1\"");
        HttpResponse<String> patchedKnown = api().patch(path, "{\"language\": \"qu\", \"timeZone\": \"Peru/Lima\","
                + " \"email\": \"nowhere\"}", "If-Match", "\"1\"");

        assertThat(fields(patched)).contains("favouriteColour");
        assertThat(fields(patchedKnown)).containsExactlyInAnyOrder("language", "timeZone", "email");
    }

    private static java.util.List<String> fields(HttpResponse<String> response) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Test
    void refusesAnUnknownTimeZone() {
        HttpResponse<String> response = api().post("/api/v1/recipients",
                RecipientMother.limaOfficer(RecipientMother.uniqueEmail("x")).replace("America/Lima", "Peru/Lima"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
    }

    @Test
    void refusesADeliveryTimeInsideTheQuietHours() {
        HttpResponse<String> response = api().post("/api/v1/recipients", RecipientMother
                .limaOfficer(RecipientMother.uniqueEmail("x")).replace("\"channels\"", "\"deliveryTime\": \"06:30\", \"channels\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("deliveryTime");
    }

    @Test
    void refusesAMalformedEmailAndAWebhookChannelWithoutUrl() {
        HttpResponse<String> email = api().post("/api/v1/recipients",
                RecipientMother.limaOfficer("not-an-address"));
        HttpResponse<String> webhook = api().post("/api/v1/recipients", RecipientMother
                .limaOfficer(RecipientMother.uniqueEmail("x")).replace("[\"email\", \"inbox\"]", "[\"webhook\"]"));

        assertThat(email.statusCode()).isEqualTo(400);
        assertThat(json(email).get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(webhook.statusCode()).isEqualTo(400);
        assertThat(json(webhook).get("errors").get(0).get("field").asString()).isEqualTo("webhookUrl");
    }

    @Test
    void refusesAWebhookUrlThatIsNotHttp() {
        HttpResponse<String> response = api().post("/api/v1/recipients",
                RecipientMother.webhookReceiver("ftp://files.example.org/alerts"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("webhookUrl");
    }

    @Test
    void returnsTheWebhookSecretOnlyWhenItIsSet() {
        HttpResponse<String> created = api().post("/api/v1/recipients",
                RecipientMother.webhookReceiver("http://127.0.0.1:9/hooks"));
        String id = json(created).get("id").asString();

        assertThat(json(created).get("webhookSecret").asString()).startsWith("whsec_");
        assertThat(json(api().get("/api/v1/recipients/" + id)).has("webhookSecret")).isFalse();
    }

    @Test
    void removesTheWebhookAndTheEmailAddressAMergePatchSetsToNull() {
        HttpResponse<String> created = api().post("/api/v1/recipients",
                RecipientMother.webhookReceiver("http://127.0.0.1:9/hooks"));
        String path = "/api/v1/recipients/" + json(created).get("id").asString();

        HttpResponse<String> stillNeeded = api().patch(path, "{\"webhookUrl\": null}", "If-Match", "\"1\"");
        HttpResponse<String> removed = api().patch(path, "{\"webhookUrl\": null, \"email\": null, \"channels\": [\"inbox\"]}",
                "If-Match", "\"1\"");

        assertThat(stillNeeded.statusCode()).isEqualTo(400);
        assertThat(fields(stillNeeded)).containsExactly("webhookUrl");
        assertThat(removed.statusCode()).isEqualTo(200);
        JsonNode stored = json(api().get(path));
        assertThat(stored.path("webhookUrl").isMissingNode() || stored.get("webhookUrl").isNull()).isTrue();
        assertThat(stored.path("email").isMissingNode() || stored.get("email").isNull()).isTrue();
        org.bson.Document document = mongo.findById(stored.get("id").asString(), org.bson.Document.class, "recipients");
        assertThat(document).doesNotContainKeys("webhook", "email");
    }

    @Test
    void refusesNullForFieldsARecipientAlwaysHas() {
        HttpResponse<String> created = api().post("/api/v1/recipients",
                RecipientMother.limaOfficer(RecipientMother.uniqueEmail("nulls")));
        String path = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> response = api().patch(path, "{\"name\": null, \"timeZone\": null, \"channels\": null}",
                "If-Match", "\"1\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "timeZone", "channels");
    }

    @Test
    void retriedCreationWithTheSameIdempotencyKeyIsOneRecipient() {
        String body = RecipientMother.tokyoOfficer(RecipientMother.uniqueEmail("sato"));
        String key = "create-" + java.util.UUID.randomUUID();

        HttpResponse<String> first = api().post("/api/v1/recipients", body, "Idempotency-Key", key);
        HttpResponse<String> retry = api().post("/api/v1/recipients", body, "Idempotency-Key", key);
        HttpResponse<String> other = api().post("/api/v1/recipients", body.replace("佐藤", "鈴木"),
                "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry).get("id")).isEqualTo(json(first).get("id"));
        assertThat(other.statusCode()).isEqualTo(422);
    }

    @Test
    void changesNeedTheCurrentETag() {
        String id = json(api().post("/api/v1/recipients", RecipientMother.tokyoOfficer(RecipientMother.uniqueEmail("s"))))
                .get("id").asString();
        String path = "/api/v1/recipients/" + id;

        HttpResponse<String> missing = api().patch(path, "{\"language\": \"en\"}");
        HttpResponse<String> changed = api().patch(path, "{\"language\": \"en\", \"secondLanguage\": \"ja\"}",
                "If-Match", "\"1\"");
        HttpResponse<String> stale = api().patch(path, "{\"deliveryTime\": \"10:00\"}", "If-Match", "\"1\"");
        HttpResponse<String> unquiet = api().patch(path, "{\"quietHours\": null}", "If-Match", "\"2\"");

        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("secondLanguage").asString()).isEqualTo("ja");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(unquiet.statusCode()).isEqualTo(200);
        assertThat(json(unquiet).has("quietHours")).isFalse();
    }

    @Test
    void aUserCreatesAndChangesTheirOwnRecipientOnly() {
        TestUser reader = newUser("reader");
        ApiClient own = api().as(reader);

        HttpResponse<String> created = own.post("/api/v1/recipients", RecipientMother.tokyoOfficer(
                RecipientMother.uniqueEmail("self")));
        HttpResponse<String> second = own.post("/api/v1/recipients", RecipientMother.tokyoOfficer(
                RecipientMother.uniqueEmail("again")));
        HttpResponse<String> forSomeoneElse = own.post("/api/v1/recipients", RecipientMother.forUser(
                RecipientMother.tokyoOfficer(RecipientMother.uniqueEmail("other")), "someone-else"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("userId").asString()).isEqualTo(reader.subject());
        String path = "/api/v1/recipients/" + json(created).get("id").asString();
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Location")).hasValue(path);
        assertThat(forSomeoneElse.statusCode()).isEqualTo(403);
        assertThat(json(forSomeoneElse).get("detail").asString()).contains("only the working group (admin)");
        assertThat(own.patch(path, "{\"deliveryTime\": \"08:30\"}", "If-Match", "\"1\"").statusCode()).isEqualTo(200);
        assertThat(own.patch(path, "{\"userId\": \"someone-else\"}", "If-Match", "\"2\"").statusCode())
                .isEqualTo(400);
        assertThat(json(own.get("/api/v1/recipients"))).singleElement()
                .satisfies(r -> assertThat(r.get("userId").asString()).isEqualTo(reader.subject()));
    }

    @Test
    void aReaderCannotSeeOrChangeAnotherPersonsRecipient() {
        TestUser owner = newUser("owner");
        String path = "/api/v1/recipients/" + json(api().post("/api/v1/recipients", RecipientMother.forUser(
                RecipientMother.limaOfficer(RecipientMother.uniqueEmail("owner")), owner.subject()))).get("id").asString();
        ApiClient other = api().as(newUser("other-reader"));

        HttpResponse<String> change = other.patch(path, "{\"language\": \"en\"}", "If-Match", "\"1\"");
        HttpResponse<String> read = other.get(path);

        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(change.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(change).get("detail").asString()).contains("Only the recipient's own user or the working group");
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(json(api().as(owner).get(path)).get("language").asString()).isEqualTo("es");
        assertThat(api().withoutToken().get(path).statusCode()).isEqualTo(401);
    }

    @Test
    void theWorkingGroupRegistersStaffWithoutAnAccount() {
        HttpResponse<String> created = api().post("/api/v1/recipients",
                RecipientMother.limaOfficer(RecipientMother.uniqueEmail("no-account")));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).has("userId")).isFalse();
        assertThat(api().as(TestUser.STAFF_READER).get(created.headers().firstValue("Location").orElseThrow())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void historyRecordsWhoMadeTheChange() {
        TestUser reader = newUser("history");
        String id = json(api().as(reader).post("/api/v1/recipients",
                RecipientMother.tokyoOfficer(RecipientMother.uniqueEmail("h")))).get("id").asString();
        api().patch("/api/v1/recipients/" + id, "{\"language\": \"en\"}", "If-Match", "\"1\"");

        assertThat(history(id)).extracting(Change::by)
                .containsExactly("Kenji Sato (" + reader.subject() + ")", "Road Map working group (wg-admin)");
        assertThat(history(id).get(1).after()).isEqualTo(Map.of("fields", List.of("language")));
    }

    /**
     * A recipient whose settings an integration changes every day: the document read at every fan-out stays the same
     * size, each change kept in the recipient's history log. Before, the whole history was in the document.
     */
    @Test
    void aRecipientsDocumentStaysTheSameSizeHoweverOftenItChanges() {
        String id = json(api().post("/api/v1/recipients", RecipientMother.tokyoOfficer(RecipientMother
                .uniqueEmail("often")))).get("id").asString();
        List<Integer> sizes = new ArrayList<>();
        for (int version = 1; version <= 300; version++) {
            String body = "{\"deliveryTime\": \"" + (version % 2 == 0 ? "09:00" : "10:00") + "\"}";
            HttpResponse<String> changed = api().patch("/api/v1/recipients/" + id, body, "If-Match",
                    "\"" + version + "\"");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            sizes.add(mongo.getCollection("recipients").withDocumentClass(RawBsonDocument.class)
                    .find(new org.bson.Document("_id", id)).first().getByteBuffer().remaining());
        }

        // before: 883 bytes after the first change, 40,245 after the 300th
        assertThat(sizes.get(299)).isLessThan(sizes.get(0) + 16);
        assertThat(history(id)).hasSize(301).extracting(Change::version)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 301).boxed().toList());
    }

    private List<Change> history(String recipientId) {
        return appended.history("recipients").all(recipientId, recipients.load(recipientId).history().length());
    }

    @Test
    void anImmediateRecipientIsSavedAndShownAndOlderRecipientsAreNot() {
        HttpResponse<String> created = api().post("/api/v1/recipients", RecipientMother
                .limaOfficer(RecipientMother.uniqueEmail("now")).replace("\"channels\"", "\"immediate\": true, \"channels\""));
        String path = "/api/v1/recipients/" + json(created).get("id").asString();

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("immediate").asBoolean()).isTrue();
        assertThat(json(api().get(path)).get("immediate").asBoolean()).isTrue();
        HttpResponse<String> changed = api().patch(path, "{\"immediate\": false}", "If-Match", "\"1\"");
        assertThat(json(changed).get("immediate").asBoolean()).isFalse();
        assertThat(json(api().get(path)).get("immediate").asBoolean()).isFalse();

        String older = json(api().post("/api/v1/recipients", RecipientMother.limaOfficer(RecipientMother
                .uniqueEmail("older")))).get("id").asString();
        mongo.updateFirst(new Query(where("_id").is(older)), new Update().unset("immediate"), "recipients");
        assertThat(json(api().get("/api/v1/recipients/" + older)).get("immediate").asBoolean()).isFalse();
    }

    @Test
    void refusesImmediateTogetherWithADailyDigestNamingBothFields() {
        HttpResponse<String> both = api().post("/api/v1/recipients", RecipientMother.limaOfficer(RecipientMother
                .uniqueEmail("both")).replace("\"channels\"", "\"immediate\": true, \"digest\": true, \"channels\""));
        String digestPath = "/api/v1/recipients/" + json(api().post("/api/v1/recipients", RecipientMother
                .limaOfficer(RecipientMother.uniqueEmail("digest")).replace("\"channels\"", "\"digest\": true, \"channels\"")))
                .get("id").asString();
        HttpResponse<String> madeImmediate = api().patch(digestPath, "{\"immediate\": true}", "If-Match", "\"1\"");

        for (HttpResponse<String> refused : java.util.List.of(both, madeImmediate)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(refused).get("errors").valueStream().map(e -> e.get("field").asString()))
                    .containsExactly("immediate", "digest");
            assertThat(json(refused).get("errors").get(0).get("message").asString())
                    .contains("a daily digest waits for the delivery time");
        }
        assertThat(json(api().get(digestPath)).get("immediate").asBoolean()).isFalse();
    }

    @Test
    void unknownRecipientIsAProblem() {
        HttpResponse<String> response = api().get("/api/v1/recipients/nobody");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
