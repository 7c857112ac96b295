package org.roadmap.commitments.spreadsheet;

import java.util.List;

import org.roadmap.commitments.commitment.Assessment;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentFilter;
import org.roadmap.commitments.commitment.CommitmentSearch;
import org.roadmap.commitments.commitment.ProgressReport;
import org.roadmap.commitments.roadmap.RoadMapCatalogue;
import org.springframework.stereotype.Service;

/**
 * A road map's progress sheet: one row per commitment and side, in reference order, with the
 * side's current assessment and the report behind it; empty cells where the side has not reported.
 * <p>
 * Restricted commitments are in it for the ministries that carry the road map out, and left out
 * for integrators.
 */
@Service
public class ProgressSheetExport {

    private final RoadMapCatalogue catalogue;
    private final CommitmentSearch search;

    ProgressSheetExport(RoadMapCatalogue catalogue, CommitmentSearch search) {
        this.catalogue = catalogue;
        this.search = search;
    }

    /** @throws org.roadmap.commitments.roadmap.RoadMapNotFoundException when there is no such road map */
    public byte[] export(String roadMapId, boolean includeRestricted) {
        catalogue.get(roadMapId);
        List<Commitment> commitments = search.all(CommitmentFilter.ofRoadMap(roadMapId)).stream()
                .filter(c -> includeRestricted || !c.restricted()).toList();
        return ProgressSheet.write(commitments.stream().flatMap(c -> Side.of(c).stream()).map(ProgressSheetExport::row)
                .toList());
    }

    private static SheetRow row(Side side) {
        Commitment c = side.commitment();
        Assessment assessment = side.assessment().orElse(null);
        if (assessment == null) {
            return new SheetRow(0, c.reference(), c.id(), c.title(), side.country(), side.leadName(), "", "", "", "", "");
        }
        ProgressReport report = side.report().orElse(null);
        String organisation = assessment.organisation() == null || assessment.organisation().isBlank()
                ? side.leadName() : assessment.organisation();
        return new SheetRow(0, c.reference(), c.id(), c.title(), side.country(), organisation,
                assessment.level().code(), assessment.health().code(),
                report == null || report.summary() == null ? "" : report.summary(),
                report == null ? "" : EvidenceCell.write(report.evidence()),
                (report == null ? assessment.assessedAt() : report.reportedAt()).toString());
    }
}
