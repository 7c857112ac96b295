package org.roadmap.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmap.platform.sample.SampleApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** What leaves a document once the broker acknowledged a batch: the acknowledged events, nothing else. */
class OutboxRemovalTests {

    private static ConfigurableApplicationContext app;
    private static MongoTemplate mongo;

    private final String prefix = UUID.randomUUID().toString();

    @BeforeAll
    static void start() {
        app = SampleApplication.start("outbox-removal", "--roadmap.outbox.relay-enabled=false");
        mongo = app.getBean(MongoTemplate.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void documentsWhoseEventsWereAllAcknowledgedAreEmptiedAndUnmarked() {
        Document first = pending("a", "e1", "e2");
        Document second = pending("b", "e3");

        new OutboxRemoval(mongo).remove("aggregates", List.of(first, second),
                Map.of(id("a"), acknowledged("e1", "e2"), id("b"), acknowledged("e3")));

        assertThat(stored("a")).containsEntry(Outbox.FIELD, List.of()).doesNotContainKey(Outbox.PENDING);
        assertThat(stored("b")).containsEntry(Outbox.FIELD, List.of()).doesNotContainKey(Outbox.PENDING);
    }

    @Test
    void eventAppendedAfterTheBatchWasReadStaysPending() {
        Document asRead = pending("a", "e1");
        append("a", "appended");

        new OutboxRemoval(mongo).remove("aggregates", List.of(asRead), Map.of(id("a"), acknowledged("e1")));

        assertThat(eventIds("a")).containsExactly("appended");
        assertThat(stored("a")).containsEntry(Outbox.PENDING, true);
    }

    @Test
    void eventsAfterOneTheBrokerDidNotAcknowledgeStayInOrder() {
        Document asRead = pending("a", "e1", "e2", "e3");
        Document other = pending("b", "e4");

        new OutboxRemoval(mongo).remove("aggregates", List.of(asRead, other),
                Map.of(id("a"), acknowledged("e1"), id("b"), acknowledged("e4")));

        assertThat(eventIds("a")).containsExactly("e2", "e3");
        assertThat(stored("a")).containsEntry(Outbox.PENDING, true);
        assertThat(stored("b")).containsEntry(Outbox.FIELD, List.of()).doesNotContainKey(Outbox.PENDING);
    }

    @Test
    void eventAnOverlappingRelayLeftBehindIsNotTakenForOneThisRelaySent() {
        Document asRead = pending("a", "e1");
        // meanwhile another relay removed e1 and a write appended e2: still one event, but not the one read
        mongo.updateFirst(Query.query(where("_id").is(id("a"))),
                new org.springframework.data.mongodb.core.query.Update().set(Outbox.FIELD, List.of(event("e2"))),
                "aggregates");

        new OutboxRemoval(mongo).remove("aggregates", List.of(asRead), Map.of(id("a"), acknowledged("e1")));

        assertThat(eventIds("a")).containsExactly("e2");
        assertThat(stored("a")).containsEntry(Outbox.PENDING, true);
    }

    @Test
    void outboxWithAsManyEventsAsReadButAnotherLastIsNotEmptied() {
        Document asRead = pending("a", "e1", "e2");
        // meanwhile another relay removed e1 and a write appended e3: two events again, e2 among them
        mongo.updateFirst(Query.query(where("_id").is(id("a"))),
                new org.springframework.data.mongodb.core.query.Update().set(Outbox.FIELD,
                        List.of(event("e2"), event("e3"))), "aggregates");

        new OutboxRemoval(mongo).remove("aggregates", List.of(asRead), Map.of(id("a"), acknowledged("e1", "e2")));

        assertThat(eventIds("a")).containsExactly("e3");
        assertThat(stored("a")).containsEntry(Outbox.PENDING, true);
    }

    private Document pending(String name, String... eventIds) {
        List<Document> events = java.util.Arrays.stream(eventIds).map(this::event).toList();
        Document document = new Document("_id", id(name)).append(Outbox.FIELD, events).append(Outbox.PENDING, true);
        mongo.insert(new Document(document), "aggregates");
        return document;
    }

    private void append(String name, String eventId) {
        mongo.updateFirst(Query.query(where("_id").is(id(name))),
                new org.springframework.data.mongodb.core.query.Update().push(Outbox.FIELD, event(eventId))
                        .set(Outbox.PENDING, true), "aggregates");
    }

    private List<String> acknowledged(String... eventIds) {
        return java.util.Arrays.stream(eventIds).map(eventId -> prefix + eventId).toList();
    }

    private Document event(String eventId) {
        return new Document("id", prefix + eventId).append("type", "test");
    }

    private String id(String name) {
        return prefix + "-" + name;
    }

    private Document stored(String name) {
        return mongo.findById(id(name), Document.class, "aggregates");
    }

    private List<String> eventIds(String name) {
        return stored(name).getList(Outbox.FIELD, Document.class).stream()
                .map(event -> event.getString("id").substring(prefix.length())).toList();
    }
}
