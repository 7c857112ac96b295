package org.roadmap.commitments.spreadsheet;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.roadmap.commitments.commitment.Assessment;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.Health;
import org.roadmap.commitments.commitment.ImplementationLevel;
import org.roadmap.commitments.commitment.ReportDraft;

/**
 * Checks every row of an uploaded sheet before any is applied, and plans what each valid row
 * does. The rules are those of a progress report through the REST API (codes, lengths, http(s)
 * evidence, no {@code complete} without evidence), plus the row's identity: a commitment of this
 * road map, its reference, and a side with a responsible entity, once per sheet. Identity is
 * checked on rows without a level too, so a sheet of another road map is refused as a whole.
 * Title is there for people and is not read; reportedAt tells whether the side reported after
 * the sheet was downloaded.
 */
final class SheetCheck {

    private static final int MAX_LINKS = 20;
    private static final int MAX_LINK = 2_000;
    private static final int MAX_ID = 100;
    private static final Pattern WEB_LINK = Pattern.compile("https?://\\S+");

    private final String roadMapId;
    private final Map<String, Commitment> commitments;
    private final Function<String, Optional<Commitment>> anyCommitment;
    private final String actor;
    private final List<SheetError> errors = new ArrayList<>();
    private final Map<String, Integer> rowOfSide = new HashMap<>();

    /**
     * @param commitments   the road map's commitments by id
     * @param anyCommitment finds a commitment of any road map, to say where a foreign id belongs
     */
    SheetCheck(String roadMapId, Map<String, Commitment> commitments,
            Function<String, Optional<Commitment>> anyCommitment, String actor) {
        this.roadMapId = roadMapId;
        this.commitments = commitments;
        this.anyCommitment = anyCommitment;
        this.actor = actor;
    }

    /** @throws InvalidSheetException naming every bad cell, when any row is bad */
    List<PlannedRow> plan(List<SheetRow> rows) {
        List<PlannedRow> planned = new ArrayList<>();
        for (SheetRow row : rows) {
            if (errors.size() >= SheetError.MAX_ERRORS) {
                throw new InvalidSheetException(errors, true);
            }
            check(row).ifPresent(planned::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidSheetException(errors, false);
        }
        return planned;
    }

    private Optional<PlannedRow> check(SheetRow row) {
        if (row.blank()) {
            return Optional.of(PlannedRow.skip(row.number()));
        }
        int before = errors.size();
        Side side = side(row);
        if (side == null || errors.size() > before) {
            return Optional.empty();
        }
        if (row.level().isBlank()) {
            return Optional.of(PlannedRow.skip(row.number()));
        }
        ImplementationLevel level = level(row);
        Health health = health(row);
        String summary = summary(row);
        String organisation = organisation(row, side);
        List<String> evidence = evidence(row);
        if (level == ImplementationLevel.COMPLETE && evidence != null && evidence.isEmpty()) {
            error(row, "evidence", "must have at least one link when the level is complete");
        }
        Integer earlier = rowOfSide.putIfAbsent(side.commitment().id() + " " + side.country(), row.number());
        if (earlier != null) {
            error(row, "country", side.country() + " on " + side.commitment().reference() + " is on row " + earlier
                    + " already; a sheet assesses each side once");
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        if (isCurrent(side, level, health, summary, evidence)) {
            return Optional.of(PlannedRow.unchanged(row.number()));
        }
        if (reportedSinceDownload(row, side)) {
            return Optional.empty();
        }
        ReportDraft draft = new ReportDraft(side.country(), organisation, actor, summary, evidence, level, health, null);
        return Optional.of(new PlannedRow(row.number(), PlannedRow.Action.REPORT, side.commitment().id(), draft,
                IdempotencyKey.of(side.commitment().id(), draft)));
    }

    private Side side(SheetRow row) {
        String id = row.commitmentId().strip();
        Commitment commitment = commitments.get(id);
        if (commitment == null) {
            error(row, "commitmentId", id.isEmpty() ? "must name the commitment of the row"
                    : foreign(id).map(c -> "is a commitment of road map " + c.roadMapId() + ", not of " + roadMapId)
                            .orElse("is no commitment of road map " + roadMapId));
            return null;
        }
        if (!row.reference().strip().equals(commitment.reference())) {
            error(row, "reference", "must be " + commitment.reference() + ", the reference of commitment " + id);
        }
        Optional<Side> side = Side.of(commitment, row.country().strip());
        if (side.isEmpty()) {
            error(row, "country", "must be one of " + Side.of(commitment).stream().map(Side::country)
                    .collect(Collectors.joining(", ")) + ": the sides with a responsible entity on "
                    + commitment.reference());
        }
        return side.orElse(null);
    }

    private Optional<Commitment> foreign(String id) {
        return id.length() > MAX_ID ? Optional.empty() : anyCommitment.apply(id);
    }

    private ImplementationLevel level(SheetRow row) {
        try {
            return ImplementationLevel.ofCode(row.level().strip());
        } catch (IllegalArgumentException e) {
            error(row, "level", e.getMessage());
            return null;
        }
    }

    private Health health(SheetRow row) {
        try {
            return Health.ofCode(row.health().strip());
        } catch (IllegalArgumentException e) {
            error(row, "health", e.getMessage());
            return null;
        }
    }

    private String summary(SheetRow row) {
        String summary = SummaryText.normalised(row.summary());
        if (summary.isEmpty()) {
            error(row, "summary", "must say what the level and health are based on");
        } else if (summary.length() > ReportDraft.LONGEST_SUMMARY) {
            error(row, "summary", "must be at most " + ReportDraft.LONGEST_SUMMARY + " characters");
        }
        return summary;
    }

    private String organisation(SheetRow row, Side side) {
        String organisation = row.organisation().strip();
        if (organisation.length() > ReportDraft.LONGEST_ORGANISATION) {
            error(row, "organisation", "must be at most " + ReportDraft.LONGEST_ORGANISATION + " characters");
        }
        return organisation.isEmpty() ? side.leadName() : organisation;
    }

    private List<String> evidence(SheetRow row) {
        List<String> links = EvidenceCell.read(row.evidence());
        if (links.size() > MAX_LINKS) {
            error(row, "evidence", "must have at most " + MAX_LINKS + " links");
            return null;
        }
        for (String link : links) {
            if (link.length() > MAX_LINK || !isWebLink(link)) {
                error(row, "evidence", "must be http(s) links separated by spaces, at most " + MAX_LINK
                        + " characters each; not " + abbreviated(link));
                return null;
            }
        }
        return links;
    }

    private static boolean isWebLink(String link) {
        try {
            return WEB_LINK.matcher(link).matches() && new URI(link).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The row's {@code reportedAt} is the sheet's If-Match for that side: a change to a side that
     * reported after the sheet was downloaded is refused, so an old sheet never silently
     * overwrites a newer report.
     */
    private boolean reportedSinceDownload(SheetRow row, Side side) {
        Optional<java.time.Instant> current = side.report().map(r -> r.reportedAt())
                .or(() -> side.assessment().map(Assessment::assessedAt));
        String cell = row.reportedAt().strip();
        java.time.Instant shown = null;
        if (!cell.isEmpty()) {
            try {
                shown = java.time.Instant.parse(cell);
            } catch (java.time.format.DateTimeParseException e) {
                error(row, "reportedAt", "must stay as downloaded (e.g. 2025-10-02T15:30:00Z), or be empty for a side"
                        + " that has not reported");
                return true;
            }
        }
        if (current.isEmpty() || current.get().equals(shown)) {
            return false;
        }
        error(row, "reportedAt", side.country() + " reported on " + side.commitment().reference() + " at "
                + current.get() + ", after this sheet was downloaded; download it again and redo this row");
        return true;
    }

    /** The side's assessment already says this; summary and evidence compared as the sheet shows them. */
    private static boolean isCurrent(Side side, ImplementationLevel level, Health health, String summary,
            List<String> evidence) {
        Optional<Assessment> assessment = side.assessment();
        return assessment.isPresent() && assessment.get().level() == level && assessment.get().health() == health
                && side.report().filter(r -> SummaryText.normalised(r.summary()).equals(summary)
                        && EvidenceCell.normalised(r.evidence()).equals(evidence)).isPresent();
    }

    private void error(SheetRow row, String column, String message) {
        errors.add(SheetError.cell(row.number(), column, message));
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? "'" + text + "'" : "'" + text.substring(0, 77) + "...'";
    }
}
