package org.roadmap.platform.outbox;

import java.util.Date;

import org.bson.Document;

/** The stored form of an {@link OutboxEntry}: explicit, so it does not depend on mapping conventions. */
final class OutboxDocuments {

    private OutboxDocuments() {
    }

    static Document toDocument(OutboxEntry entry) {
        Document document = new Document("id", entry.id())
                .append("topic", entry.topic())
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
        return new OutboxEntry(document.getString("id"), document.getString("topic"), document.getString("source"),
                document.getString("type"), document.getString("subject"), document.getDate("time").toInstant(),
                document.getString("data"), document.getString("traceparent"));
    }
}
