package org.roadmap.commitments.commitment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.roadmap.commitments.config.CommitmentsProperties;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.LogsOnStart;
import org.roadmap.platform.storage.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps, once, the year ends of commitments written across years before year ends were kept ({@link YearEnds}),
 * read back from their logs as the annual report did, so that reports on those years read them too and say what
 * they said. Runs while the context starts, after the logs are in place ({@link LogsOnStart}), before requests are
 * served; noted in {@code migrations}, so later starts read nothing. A record kept twice is kept once.
 */
@Component
class YearEndsOnStart implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(YearEndsOnStart.class);
    private static final String NAME = CommitmentLogs.COLLECTION + ":year-ends";

    private final MongoTemplate mongo;
    private final AppendedRecords appended;
    private final CommitmentLogs logs;
    private final ZoneId zone;

    /** @param logsInPlace the logs' own start, which must come first */
    YearEndsOnStart(MongoTemplate mongo, AppendedRecords appended, CommitmentLogs logs, CommitmentsProperties properties,
            LogsOnStart logsInPlace) {
        this.mongo = mongo;
        this.appended = appended;
        this.logs = logs;
        this.zone = properties.deadlineZone();
    }

    @Override
    public void afterPropertiesSet() {
        if (Migrations.done(mongo, NAME)) {
            return;
        }
        int kept = 0;
        try (Stream<Commitment> all = mongo.stream(new Query(), Commitment.class, CommitmentLogs.COLLECTION)) {
            for (Commitment c : (Iterable<Commitment>) all::iterator) {
                if (writtenAcrossYears(c)) {
                    List<Appended> ends = YearEnds.ofEarlierWrites(c, logs.past(c), zone);
                    appended.store(ends);
                    kept += ends.size();
                }
            }
        }
        if (kept > 0) {
            log.info("Kept {} year ends of commitments written before year ends were kept", kept);
        }
        Migrations.finished(mongo, NAME);
    }

    private boolean writtenAcrossYears(Commitment c) {
        return c.registeredAt() != null && c.updatedAt() != null
                && LocalDate.ofInstant(c.updatedAt(), zone).getYear() > LocalDate.ofInstant(c.registeredAt(), zone)
                        .getYear();
    }
}
