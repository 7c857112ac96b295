package org.roadmap.meetings.series;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.OutOfDocuments;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The layout change that took the outcomes and minutes of held meetings out of series documents, to their log
 * ({@link HeldMeetings}); moved once, as the platform's {@link OutOfDocuments} moves a layout. Runs while the context
 * starts, before requests are served.
 */
@Component
class OutcomesOutOfDocuments implements OutOfDocuments.Layout, InitializingBean {

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
        OutOfDocuments.run(mongo, appended, MeetingSeries.COLLECTION, this);
    }

    @Override
    public String name() {
        return "outcomes-out-of-documents";
    }

    @Override
    public Query read() {
        Query withOccurrences = new Query();
        withOccurrences.fields().include("occurrences").include("version");
        return withOccurrences;
    }

    @Override
    public OutOfDocuments.Taken take(Document series) {
        List<Document> occurrences = series.getList("occurrences", Document.class, List.of());
        if (occurrences.stream().noneMatch(o -> o.containsKey(OUTCOMES) || o.containsKey(MINUTES))) {
            return null;
        }
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
        return new OutOfDocuments.Taken(appended.entries(records), new Update().set("occurrences", without));
    }
}
