package org.roadmap.commitments.spreadsheet;

import java.util.ArrayList;
import org.roadmap.commitments.commitment.CommitmentAccess;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.security.NotAllowedException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentFilter;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.CommitmentSearch;
import org.roadmap.commitments.roadmap.RoadMapCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports an edited progress sheet: every row is checked first and nothing is applied if any is
 * bad; then each row that says something new becomes a progress report of its side through
 * {@link CommitmentManagement}, with the same rules and events as a report sent to the REST API.
 * <p>
 * Rows are applied one commitment at a time (the MongoDB-wire server has no multi-document
 * transactions). Should applying stop halfway, e.g. on a concurrent change, uploading the same
 * file again completes it: applied rows now match and the others carry the same idempotency keys.
 */
@Service
public class ProgressSheetImport {

    public static final int MAX_ROWS = 5_000;

    private static final int MAX_REFUSED_NAMED = 50;

    private static final Logger log = LoggerFactory.getLogger(ProgressSheetImport.class);

    private final RoadMapCatalogue catalogue;
    private final CommitmentSearch search;
    private final CommitmentManagement management;

    ProgressSheetImport(RoadMapCatalogue catalogue, CommitmentSearch search, CommitmentManagement management) {
        this.catalogue = catalogue;
        this.search = search;
        this.management = management;
    }

    /**
     * @param rows      rows after the header, blank ones included
     * @param unchanged rows that say what the side's assessment says already, or that an earlier
     *                  upload of the same row reported
     * @param skipped   rows without a level, and blank rows
     */
    public record SheetImported(int rows, int applied, int unchanged, int skipped) {
    }

    /**
     * @throws org.roadmap.commitments.roadmap.RoadMapNotFoundException when there is no such road map
     * @throws InvalidSheetException naming every bad cell; nothing has been applied then
     * @throws NotAllowedException naming the rows that would report for a side or a commitment the
     *                             caller does not answer for; nothing has been applied then
     */
    public SheetImported importSheet(String roadMapId, byte[] file, Caller caller) {
        String actor = caller.actor();
        long started = System.nanoTime();
        catalogue.get(roadMapId);
        List<SheetRow> rows = ProgressSheet.read(file, MAX_ROWS);
        Map<String, Commitment> commitments = search.all(CommitmentFilter.ofRoadMap(roadMapId)).stream()
                .collect(Collectors.toMap(Commitment::id, Function.identity()));
        List<PlannedRow> plan = new SheetCheck(roadMapId, commitments, management::find, actor).plan(rows);
        requireOwnRows(caller, plan, commitments);
        int applied = 0;
        int unchanged = 0;
        for (PlannedRow row : plan) {
            if (row.action() == PlannedRow.Action.UNCHANGED) {
                unchanged++;
            } else if (row.action() == PlannedRow.Action.REPORT) {
                boolean replayed = management.reportProgress(row.commitmentId(), row.draft(), row.idempotencyKey())
                        .replayed();
                applied += replayed ? 0 : 1;
                unchanged += replayed ? 1 : 0;
            }
        }
        SheetImported result = new SheetImported(rows.size(), applied, unchanged, rows.size() - applied - unchanged);
        log.info("Imported the progress sheet of {}: {} in {} ms", roadMapId, result,
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /**
     * Like the REST API: an editor reports only on its organisation's commitments, for its own side,
     * under its own side's names.
     */
    private static void requireOwnRows(Caller caller, List<PlannedRow> plan, Map<String, Commitment> commitments) {
        List<String> refused = new ArrayList<>();
        for (PlannedRow row : plan) {
            if (row.action() != PlannedRow.Action.REPORT) {
                continue;
            }
            Commitment commitment = commitments.get(row.commitmentId());
            try {
                CommitmentAccess.requireReport(caller, commitment, row.draft().country(), row.draft().organisation());
            } catch (NotAllowedException e) {
                refused.add("row " + row.number() + " (" + commitment.reference() + ", " + row.draft().country() + ")");
            }
        }
        if (!refused.isEmpty()) {
            int shown = Math.min(refused.size(), MAX_REFUSED_NAMED);
            throw new NotAllowedException("Editors report progress only on commitments their organisation is"
                    + " responsible for, only for their own country's side and under its names; nothing was imported."
                    + " Refused: "
                    + String.join(", ", refused.subList(0, shown))
                    + (refused.size() > shown ? " and " + (refused.size() - shown) + " more" : "") + ".");
        }
    }
}
