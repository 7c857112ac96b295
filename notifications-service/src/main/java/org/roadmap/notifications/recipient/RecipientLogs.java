package org.roadmap.notifications.recipient;

import java.util.List;

import org.bson.Document;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.LogsOnStart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The recipients' history log ({@code recipients_history}), in place before the service serves or consumes. */
@Configuration(proxyBeanMethods = false)
class RecipientLogs {

    /**
     * Moves the whole history out of recipient documents the previous version stored (and what a crash left in a
     * document); their changes listed the fields they changed at the top, where a change now keeps them in
     * {@code after}.
     */
    @Bean
    LogsOnStart recipientHistoryOnStart(MongoTemplate mongo, AppendedRecords appended) {
        return new LogsOnStart(mongo, appended, "recipients", (recipient, records, rewrite) -> {
            // each record holds the very change the document's latest changes are rewritten with: one reshaping
            for (Document record : records) {
                Document change = record.get("record", Document.class);
                if (change != null && change.containsKey(Recipient.CHANGED_FIELDS)) {
                    List<?> fields = (List<?>) change.remove(Recipient.CHANGED_FIELDS);
                    change.put("after", new Document(Recipient.CHANGED_FIELDS, fields));
                }
            }
        });
    }
}
