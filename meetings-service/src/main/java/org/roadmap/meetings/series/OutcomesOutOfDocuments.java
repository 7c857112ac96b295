package org.roadmap.meetings.series;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Moves, once, the outcomes and minutes that series documents of the earlier layout keep in their held meetings to
 * their log ({@link HeldMeetings}), as a write would: the records are stored first (a record stored twice is stored
 * once), then the document is rewritten without them only if it has not changed since it was read. A document a
 * replica of the earlier version changed meanwhile keeps them, and the next start moves it; until every document is
 * moved, no start notes the move as done. Runs while the context starts, before requests are served.
 */
@Component
class OutcomesOutOfDocuments implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(OutcomesOutOfDocuments.class);
    private static final String NAME = MeetingSeries.COLLECTION + ":outcomes-out-of-documents";
    private static final String OUTCOMES = "outcomes";
    private static final String MINUTES = "minutes";

    private final MongoTemplate mongo;
    private final AppendedRecords appended;

    OutcomesOutOfDocuments(MongoTemplate mongo, AppendedRecords appended) {
        this.mongo = mongo;
        this.appended = appended;
    }

    @Override
    public void afterPropertiesSet() {
        if (Migrations.done(mongo, NAME)) {
            return;
        }
        int moved = 0;
        int changedMeanwhile = 0;
        Query withOccurrences = new Query();
        withOccurrences.fields().include("occurrences").include("version");
        try (Stream<Document> all = mongo.stream(withOccurrences, Document.class, MeetingSeries.COLLECTION)) {
            for (Document series : (Iterable<Document>) all::iterator) {
                List<Document> occurrences = series.getList("occurrences", Document.class, List.of());
                if (occurrences.stream().noneMatch(o -> o.containsKey(OUTCOMES) || o.containsKey(MINUTES))) {
                    continue;
                }
                if (move(series, occurrences)) {
                    moved++;
                } else {
                    changedMeanwhile++;
                }
            }
        }
        if (moved > 0) {
            log.info("Moved the outcomes and minutes of the held meetings of {} series to {}", moved, HeldMeetings.LOG);
        }
        if (changedMeanwhile > 0) {
            log.warn("{} series changed while their meetings' outcomes were moved; the next start moves them",
                    changedMeanwhile);
        } else {
            Migrations.finished(mongo, NAME);
        }
    }

    private boolean move(Document series, List<Document> occurrences) {
        String id = series.getString("_id");
        List<Appended> records = new ArrayList<>();
        List<Document> without = new ArrayList<>();
        for (Document o : occurrences) {
            List<String> outcomes = o.getList(OUTCOMES, String.class, List.of());
            String minutes = o.getString(MINUTES);
            if ("HELD".equals(o.getString("status")) && (!outcomes.isEmpty() || minutes != null)) {
                records.add(HeldMeetings.appended(id, new MeetingOutcomes(o.getString("_id"), outcomes, minutes)));
            }
            Document kept = new Document(o);
            kept.remove(OUTCOMES);
            kept.remove(MINUTES);
            without.add(kept);
        }
        appended.store(records);
        return mongo.updateFirst(new Query(where("_id").is(id).and("version").is(series.get("version"))),
                new Update().set("occurrences", without), MeetingSeries.COLLECTION).getModifiedCount() > 0;
    }
}
