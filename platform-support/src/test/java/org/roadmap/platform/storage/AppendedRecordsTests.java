package org.roadmap.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmap.platform.aggregate.AggregateLogs;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.Request;
import org.roadmap.platform.aggregate.VersionedWrite;
import org.roadmap.platform.outbox.OutboxWriter;
import org.roadmap.platform.sample.Ledger;
import org.roadmap.platform.sample.SampleApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What a versioned write appends reaches its logs, on the embedded MongoDB-wire server, also when the
 * process stops between the write and the move (simulated by storing the write without moving).
 */
class AppendedRecordsTests {

    private static final String HISTORY = AggregateLogs.history("ledgers");

    private static ConfigurableApplicationContext app;
    private static OutboxWriter outbox;
    private static AppendedRecords appended;
    private static MongoTemplate mongo;

    private final String id = UUID.randomUUID().toString();

    @BeforeAll
    static void start() {
        app = SampleApplication.start("appended-records", "--roadmap.outbox.relay-enabled=false");
        outbox = app.getBean(OutboxWriter.class);
        appended = app.getBean(AppendedRecords.class);
        mongo = app.getBean(MongoTemplate.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachWritesChangesReachTheHistoryLogAndTheDocumentKeepsOnlyTheLatest() {
        VersionedWrite<Ledger> writes = writes();
        outbox.insert(Ledger.open(id), id, List.of());
        for (int i = 1; i <= 30; i++) {
            writes.apply(id, null, Request.of("entry-" + i, i), l -> l.enter(1));
        }

        Document stored = document();
        assertThat(stored).doesNotContainKeys(AppendedRecords.FIELD, AppendedRecords.PENDING);
        assertThat(stored.get("history", Document.class).getList("latest", Document.class)).hasSize(1);
        RecordLog<Change> history = appended.history("ledgers");
        assertThat(history.newestFirst(id, 31, 0, 5)).extracting(Change::version)
                .containsExactly(31L, 30L, 29L, 28L, 27L);
        assertThat(history.newestFirst(id, 31, 6, 5)).extracting(Change::version).containsExactly(1L);
        assertThat(history.all(id, 31)).hasSize(31).first().extracting(Change::kind).isEqualTo("opened");
        assertThat(writes.apply(id, null, Request.of("entry-3", 3), l -> l.enter(1)).replayed()).isTrue();
        assertThat(mongo.findById(id, Ledger.class).total()).isEqualTo(30);
    }

    @Test
    void whatAStopBeforeTheMoveLeftIsMovedByAReaderByTheNextWriteAndOnStart() {
        outbox.insert(Ledger.open(id), id, List.of());
        writtenWithoutMoving(Ledger.open(id).enter(5));

        RecordLog<Change> history = appended.history("ledgers");
        assertThat(history.newestFirst(id, 2, 0, 10)).extracting(Change::version).containsExactly(2L, 1L);
        assertThat(document()).doesNotContainKey(AppendedRecords.FIELD);

        writtenWithoutMoving(mongo.findById(id, Ledger.class).enter(1));
        Ledger third = mongo.findById(id, Ledger.class);
        assertThat(outbox.replace(third.enter(1), new Query(where("_id").is(id).and("version").is(3)), id,
                List.of())).isTrue();
        assertThat(mongo.count(new Query(where("aggregate").is(id)), HISTORY)).isEqualTo(4);
        assertThat(document()).doesNotContainKeys(AppendedRecords.FIELD, AppendedRecords.PENDING);

        writtenWithoutMoving(mongo.findById(id, Ledger.class).enter(1));
        assertThat(appended.sweep("ledgers")).isPositive();
        // the start-up sweep reads the marked documents by their own index, not the whole collection
        assertThat(mongo.indexOps("ledgers").getIndexInfo()).anySatisfy(index -> assertThat(index.getIndexFields())
                .extracting(field -> field.getKey()).containsExactly(AppendedRecords.PENDING));
        assertThat(mongo.count(new Query(where("aggregate").is(id)), HISTORY)).isEqualTo(5);
        assertThat(document()).doesNotContainKeys(AppendedRecords.FIELD, AppendedRecords.PENDING);
    }

    private VersionedWrite<Ledger> writes() {
        return new VersionedWrite<>("ledger", i -> Optional.ofNullable(mongo.findById(i, Ledger.class)),
                (current, next) -> outbox.replace(next, new Query(where("_id").is(current.id())
                        .and("version").is(current.version())), current.id(), List.of()),
                IllegalArgumentException::new, appended.requests("ledgers"));
    }

    /** Stores {@code next} with its records in the document, as a write does, and stops before moving them. */
    private void writtenWithoutMoving(Ledger next) {
        Update update = ReplacingUpdate.of(mongo.getConverter(), next);
        update.push(AppendedRecords.FIELD).each(appended.entries(AggregateLogs.appendedBy("ledgers", next)).toArray());
        update.set(AppendedRecords.PENDING, true);
        mongo.updateFirst(new Query(where("_id").is(id)), update, "ledgers");
    }

    private Document document() {
        return mongo.findById(id, Document.class, "ledgers");
    }
}
