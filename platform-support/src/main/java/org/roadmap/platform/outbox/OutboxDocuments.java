package org.roadmap.platform.outbox;

import java.util.Date;
import java.util.List;

import org.bson.Document;

/** The stored form of an {@link OutboxEntry}: explicit, so it does not depend on mapping conventions. */
final class OutboxDocuments {

    private OutboxDocuments() {
    }

    static Document toDocument(OutboxEntry entry) {
        Document document = new Document("id", entry.id())
                .append("topics", entry.topics())
                .append("source", entry.source())
                .append("type", entry.type())
                .append("subject", entry.subject())
                .append("time", Date.from(entry.time()))
                .append("data", entry.data());
        if (entry.traceparent() != null) {
            document.append("traceparent", entry.traceparent());
        }
        return document;
    }

    static OutboxEntry fromDocument(Document document) {
        // entries written before events had a public copy name one topic
        List<String> topics = document.containsKey("topics") ? document.getList("topics", String.class)
                : List.of(document.getString("topic"));
        return new OutboxEntry(document.getString("id"), topics, document.getString("source"),
                document.getString("type"), document.getString("subject"), document.getDate("time").toInstant(),
                document.getString("data"), document.getString("traceparent"));
    }
}
