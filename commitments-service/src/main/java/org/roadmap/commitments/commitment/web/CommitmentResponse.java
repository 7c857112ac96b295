package org.roadmap.commitments.commitment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;
import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Assessment;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.Milestone;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.commitments.commitment.Suggestions;

/**
 * A commitment as clients see it. Lists leave out {@code text}; levels and health use their
 * codes ({@code substantial}, {@code at-risk}). {@link Nullable} marks what is {@code null} when it has
 * no value, as the API document says.
 *
 * @param overdue    its deadline has passed and it is not complete
 * @param annotation {@code curated}, {@code suggested} (to be confirmed by a person), {@code confirmed} or {@code manual}
 * @param suggestions while the commitment is {@code suggested}: each suggested field with the words of the
 *                   road map's text it came from and a confidence, so a person sees why; absent otherwise
 */
record CommitmentResponse(
        String id,
        String roadMapId,
        String reference,
        String pillar,
        int number,
        String title,
        @Nullable String text,
        List<ResponsibleEntity> responsibleEntities,
        @Nullable String cadence,
        @Nullable String venue,
        @Nullable String meetingSeries,
        @Nullable LocalDate deadline,
        boolean overdue,
        boolean restricted,
        double weight,
        String level,
        String health,
        boolean disagreement,
        List<AssessmentResponse> assessments,
        List<Milestone> milestones,
        int progressReports,
        long version,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        @Nullable String annotation,
        @Nullable Suggestions suggestions) {

    record AssessmentResponse(String country, String organisation, String level, String health, String reportId,
            String assessedBy, Instant assessedAt) {

        static AssessmentResponse of(Assessment a) {
            return new AssessmentResponse(a.country(), a.organisation(), a.level().code(), a.health().code(),
                    a.reportId(), a.assessedBy(), a.assessedAt());
        }
    }

    static CommitmentResponse of(Commitment c, LocalDate today) {
        return new CommitmentResponse(c.id(), c.roadMapId(), c.reference(), c.pillar(), c.number(), c.title(),
                c.text(), c.responsibleEntities(), c.cadence() == null ? null : c.cadence().code(), c.venue(),
                c.meetingSeries(), c.deadline(), c.isOverdue(today), c.restricted(), c.weight(), c.level().code(),
                c.health().code(), c.disagreement(), c.assessments().stream().map(AssessmentResponse::of).toList(),
                c.milestones(), Math.toIntExact(c.reportCount()), c.version(), c.registeredAt(), c.registeredBy(),
                c.updatedAt(), c.annotation() == null ? null : c.annotation().code(),
                c.annotation() == Annotation.SUGGESTED ? c.suggestions() : null);
    }
}
