package org.roadmap.commitments.report;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.commitments.roadmap.ProgressRollup.Progress;

/**
 * The working group's report on one calendar year of a road map, in one language: names of pillars,
 * sides, levels and health are translated ({@link #labels} maps each level and health code to its
 * name); commitments' titles and entities' names are the data's own.
 *
 * @param lang          the report's language, e.g. {@code es}
 * @param generatedOn   today, where deadlines are counted; later than the period's end for a past year
 * @param total         weighted progress of the whole road map at the end of the period
 * @param pillars       the same per pillar, in order
 * @param overdue       past their deadline at the end of the period and not complete, oldest deadline first
 * @param atRisk        at risk or off track at the end of the period, off track first
 * @param disagreements the sides' assessments differ in level or health
 * @param changes       the period's changes by commitment, the commitment changed last first
 */
public record AnnualReport(
        String roadMapId,
        String roadMapName,
        String place,
        LocalDate signedOn,
        List<Side> sides,
        String lang,
        ReportPeriod period,
        LocalDate generatedOn,
        Progress total,
        List<Progress> pillars,
        List<Listed> overdue,
        List<Listed> atRisk,
        List<Disagreement> disagreements,
        List<ChangedCommitment> changes,
        Map<String, String> labels) {

    /** A signatory, its name in the report's language. */
    public record Side(String country, String name) {
    }

    public record Listed(String id, String reference, String title, @Nullable LocalDate deadline, String level, String health,
            List<ResponsibleEntity> responsibleEntities) {
    }

    /** @param assessments each side's latest level and health */
    public record Disagreement(String id, String reference, String title, String level, String health,
            List<SideAssessment> assessments) {
    }

    public record SideAssessment(String country, @Nullable String organisation, String level, String health,
            Instant assessedAt) {
    }

    /** @param changes newest first */
    public record ChangedCommitment(String id, String reference, String title, List<ChangeEntry> changes) {
    }

    /**
     * One change of the period as the commitment's history has it, with the report's summary where
     * it is a progress report.
     *
     * @param kind {@code progress-reported}, {@code level-changed}, {@code health-changed},
     *             {@code deadline-changed} or {@code milestone-reached}
     */
    public record ChangeEntry(Instant at, String by, String kind, @Nullable Map<String, Object> before,
            Map<String, Object> after, @Nullable String organisation, @Nullable String summary) {
    }
}
