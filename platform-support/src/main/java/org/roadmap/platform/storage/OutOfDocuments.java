package org.roadmap.platform.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Moves, once, on start, what documents of an earlier layout keep inside them to the logs of the current one. Each
 * document is moved as a write would: its records are stored in their logs first (a record stored twice is stored
 * once), then the document is rewritten only if its version has not changed since it was read. So a crash or a
 * replica of the earlier version writing meanwhile loses nothing: that document keeps what it held, and the next
 * start moves it; until every document is moved, no start notes the move as done in {@code migrations}.
 */
public final class OutOfDocuments {

    private static final Logger log = LoggerFactory.getLogger(OutOfDocuments.class);

    /** One layout change: which documents it reads, and what it takes out of each. */
    public interface Layout {

        /** The marker the finished move is noted as, e.g. {@code history-out-of-documents}. */
        String name();

        /** The documents to read, with the fields {@link #take} needs (and {@code version}). */
        Query read();

        /** @return what to take out of {@code document}, or {@code null} when it already has the current layout */
        Taken take(Document document);
    }

    /**
     * What one document gives up: {@code records} to store (as {@link AppendedRecords} entries, each naming its log)
     * and the {@code rewrite} that leaves the document without them.
     */
    public record Taken(List<Document> records, Update rewrite) {
    }

    private OutOfDocuments() {
    }

    /** @return how many documents of {@code collection} were moved; 0 when an earlier start finished the move */
    public static int run(MongoTemplate mongo, AppendedRecords appended, String collection, Layout layout) {
        String name = collection + ":" + layout.name();
        if (Migrations.done(mongo, name)) {
            return 0;
        }
        int moved = 0;
        int changedMeanwhile = 0;
        try (Stream<Document> all = mongo.stream(layout.read(), Document.class, collection)) {
            for (Document document : (Iterable<Document>) all::iterator) {
                Taken taken = layout.take(document);
                if (taken == null) {
                    continue;
                }
                appended.insertIntoLogs(taken.records());
                Query unchanged = new Query(where("_id").is(document.get("_id")).and("version")
                        .is(document.get("version")));
                if (mongo.updateFirst(unchanged, taken.rewrite(), collection).getModifiedCount() > 0) {
                    moved++;
                } else {
                    changedMeanwhile++;
                }
            }
        }
        if (moved > 0) {
            log.info("{}: moved {} documents", name, moved);
        }
        if (changedMeanwhile > 0) {
            log.warn("{}: {} documents changed while they were moved; the next start moves them", name,
                    changedMeanwhile);
        } else {
            Migrations.finished(mongo, name);
        }
        return moved;
    }
}
