package org.roadmap.commitments.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.VersionedWrite.EarlierRequests;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.HistoryOutOfDocuments;
import org.roadmap.platform.storage.RecordLog;
import org.roadmap.platform.storage.LogsOnStart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A commitment's logs beside its document: the history of every change, every progress report, and the
 * requests that changed it, each a document per record, read a page at a time.
 */
@Component
public class CommitmentLogs {

    static final String COLLECTION = "commitments";

    /** Every progress report, numbered per commitment in the order they were recorded. */
    static final String REPORTS = "commitments_progress_reports";

    private final RecordLog<Change> history;
    private final RecordLog<ProgressReport> reports;
    private final EarlierRequests requests;

    CommitmentLogs(AppendedRecords appended) {
        this.history = appended.history(COLLECTION);
        this.reports = appended.log(COLLECTION, REPORTS, ProgressReport.class);
        this.requests = appended.requests(COLLECTION);
    }

    /** What a commitment's past is read back from ({@link Commitment#asOf}): its whole history and reports. */
    public record Past(List<Change> history, List<ProgressReport> reports) {

        /** The past of a commitment the question needs none of. */
        public static final Past NONE = new Past(List.of(), List.of());
    }

    public Past past(Commitment c) {
        return new Past(history.all(c.id(), c.history().length()), joint(c, reports.all(c.id(), c.reportCount())));
    }

    /** What {@code c} appended within {@code period}'s years: its changes and reports then, not the rest. */
    public Past within(Commitment c, YearEnds.Period period) {
        return new Past(history.between(c.id(), period.historyFrom(), period.historyTo()),
                joint(c, reports.between(c.id(), period.reportsFrom(), period.reportsTo())));
    }

    /** Page {@code page} of its history, newest first. */
    public List<Change> history(Commitment c, int page, int size) {
        return history.newestFirst(c.id(), c.history().length(), page, size);
    }

    /** Page {@code page} of its progress reports, newest first. */
    public List<ProgressReport> reports(Commitment c, int page, int size) {
        return joint(c, reports.newestFirst(c.id(), c.reportCount(), page, size));
    }

    /** A report of {@code c}, current or older. */
    public Optional<ProgressReport> report(Commitment c, String reportId) {
        return c.progressReport(reportId)
                .or(() -> reports.byRecordId(c.id(), reportId).map(r -> joint(c, List.of(r)).get(0)));
    }

    /** Entries from meetings stored before they had sides belong to every side of the commitment. */
    private static List<ProgressReport> joint(Commitment c, List<ProgressReport> reports) {
        return reports.stream().map(r -> r.fromMeeting() && r.sides().isEmpty() ? r.belongingTo(c.sides()) : r)
                .toList();
    }

    EarlierRequests requests() {
        return requests;
    }

    /** Documents of the earlier layout moved, crash leftovers moved, indexes made: before requests are served. */
    @Configuration
    static class OnStart {

        @Bean
        LogsOnStart commitmentLogsOnStart(MongoTemplate mongo, AppendedRecords appended, CommitmentLogs logs) {
            return new LogsOnStart(mongo, appended, COLLECTION, CommitmentLogs::moveReports, logs.reports);
        }
    }

    /**
     * Documents of the earlier layout kept every progress report inside: they go to the report log, the
     * document keeps the reports its status comes from.
     */
    static void moveReports(Document commitment, List<Document> records, Update rewrite) {
        List<Document> all = commitment.getList("progressReports", Document.class, List.of());
        String id = String.valueOf(commitment.get("_id"));
        List<Object> assessed = commitment.getList("assessments", Document.class, List.of()).stream()
                .map(a -> a.get("reportId")).toList();
        List<Document> current = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Document report = all.get(i);
            records.add(HistoryOutOfDocuments.record(REPORTS, Appended.numberedId(id, i + 1), id, i + 1, report)
                    .append("recordId", String.valueOf(report.get("_id"))));
            if (assessed.contains(report.get("_id"))) {
                current.add(report);
            }
        }
        if (!all.isEmpty() && !current.contains(all.get(all.size() - 1))) {
            current.add(all.get(all.size() - 1));
        }
        rewrite.set("currentReports", current).set("reportCount", (long) all.size()).unset("progressReports");
    }
}
