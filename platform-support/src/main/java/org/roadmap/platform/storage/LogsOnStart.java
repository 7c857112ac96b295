package org.roadmap.platform.storage;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a service does for the logs of one aggregate collection before it serves a request or consumes an
 * event: moves what documents of the earlier layout keep inside them ({@link HistoryOutOfDocuments}),
 * moves what a crash left in documents ({@link AppendedRecords#sweep}), and creates the logs' indexes.
 * A bean: it runs while the context starts, before the web server and the consumers do.
 */
public class LogsOnStart implements InitializingBean {

    private final MongoTemplate mongo;
    private final AppendedRecords appended;
    private final String collection;
    private final HistoryOutOfDocuments.Also also;
    private final List<RecordLog<?>> logs;

    /** @param logs the collection's logs beside its history and requests, e.g. its progress reports */
    public LogsOnStart(MongoTemplate mongo, AppendedRecords appended, String collection,
            HistoryOutOfDocuments.Also also, RecordLog<?>... logs) {
        this.mongo = mongo;
        this.appended = appended;
        this.collection = collection;
        this.also = also;
        this.logs = List.of(logs);
    }

    @Override
    public void afterPropertiesSet() {
        appended.history(collection).withIndexes();
        logs.forEach(RecordLog::withIndexes);
        OutOfDocuments.run(mongo, appended, collection, new HistoryOutOfDocuments(collection, also));
        appended.sweep(collection);
    }
}
