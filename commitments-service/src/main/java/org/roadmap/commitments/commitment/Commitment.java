package org.roadmap.commitments.commitment;

import org.roadmap.events.commitment.MilestoneAdded;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.FieldChanges;
import org.roadmap.platform.aggregate.HistoryTail;
import org.roadmap.platform.aggregate.TransitionRefusedException;
import org.roadmap.platform.aggregate.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One numbered commitment of a road map, e.g. II.7 of the Japan–Peru Road Map, with its
 * tracking: each side's assessment, the consolidated level and health, milestones, and the
 * reports its status comes from. Its progress reports and the history of every change are logs
 * of their own ({@link CommitmentLogs}): the document holds the current state only, so a write
 * costs the same on the 10,000th report as on the first.
 * <p>
 * Immutable: each change returns the next state with {@link #version} incremented and one or
 * more {@link Change}s appended to {@link #history}. Those changes are the domain events; the
 * messaging adapter turns them into integration events stored in the same write.
 *
 * @param level        the lower of the two sides' assessed levels
 * @param health       the worse of the two sides' health flags
 * @param disagreement the sides' assessments differ in level or health
 * @param weight       weight in the progress roll-up of its pillar
 * @param version      incremented on every change; the ETag clients send back in {@code If-Match}
 * @param currentReports the reports its status comes from: each side's latest, and the latest of all
 * @param reportCount  how many progress reports it has, the number of the latest in its log
 * @param annotation   where its structure (entities, cadence, deadline) comes from, and whether a person confirmed it
 * @param suggestions  for an imported commitment, what the import suggested and the words of the text behind it
 */
@Document("commitments")
@CompoundIndex(name = "road_map_reference", def = "{'roadMapId': 1, 'reference': 1}", unique = true)
public record Commitment(
        @Id String id,
        String roadMapId,
        String reference,
        String pillar,
        int number,
        String title,
        String text,
        List<ResponsibleEntity> responsibleEntities,
        Cadence cadence,
        String venue,
        String meetingSeries,
        LocalDate deadline,
        boolean restricted,
        double weight,
        ImplementationLevel level,
        Health health,
        boolean disagreement,
        List<Assessment> assessments,
        List<Milestone> milestones,
        List<ProgressReport> currentReports,
        long reportCount,
        HistoryTail history,
        long version,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        String registrationKey,
        Annotation annotation,
        @Nullable Suggestions suggestions) implements Versioned<Commitment> {

    public Commitment {
        responsibleEntities = responsibleEntities == null ? List.of() : List.copyOf(responsibleEntities);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        currentReports = currentReports == null ? List.of()
                : jointMeetings(currentReports, sides(responsibleEntities));
        history = history == null ? HistoryTail.of(List.of()) : history;
    }

    static Commitment register(NewCommitment n, Instant now, String actor, String registrationKey) {
        String id = registrationKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((n.roadMapId() + ":" + registrationKey).getBytes()).toString();
        Change registered = Change.of(CommitmentChangeKind.REGISTERED, now, actor, 1, null, Map.of("reference",
                n.pillar() + "." + n.number(), "title", n.title()));
        return new Commitment(id, n.roadMapId(), n.pillar() + "." + n.number(), n.pillar(), n.number(), n.title(),
                n.text(), n.responsibleEntities(), n.cadence(), n.venue(), n.meetingSeries(), n.deadline(),
                n.restricted(), n.weight(), ImplementationLevel.NO_EVIDENCE, Health.ON_TRACK, false, List.of(),
                List.of(), List.of(), 0, HistoryTail.of(List.of(registered)), 1, now, actor, now, registrationKey,
                n.annotation(), n.suggestions());
    }

    /**
     * Applies the fields present in {@code update}; returns this commitment when nothing changes. Confirming a
     * suggested structure records what the person corrected against what was suggested, and offers the meeting
     * series the confirmed commitment implies ({@code seriesOffer}, absent when it implies none).
     */
    Commitment update(CommitmentUpdate update, Instant now, String actor,
            Function<Commitment, CommitmentChanges.OfferedSeries> seriesOffer) {
        FieldChanges fields = new FieldChanges();
        String newTitle = fields.differs("title", update.title(), title);
        List<ResponsibleEntity> newEntities = fields.differs("responsibleEntities", update.responsibleEntities(),
                responsibleEntities);
        Boolean newRestricted = fields.differs("restricted", update.restricted(), restricted);
        Double newWeight = fields.differs("weight", update.weight(), weight);
        String newCadence = fields.differs("cadence", update.cadence() == null ? null : update.cadence().code(),
                cadence == null ? null : cadence.code());
        String newVenue = fields.differsOrRemoved("venue", update.venue(), venue);
        String newSeries = fields.differsOrRemoved("meetingSeries", update.meetingSeries(), meetingSeries);
        boolean confirming = Boolean.TRUE.equals(update.confirmed()) && annotation == Annotation.SUGGESTED;
        List<Change> changes = new ArrayList<>();
        long next = version + 1;
        if (!fields.isEmpty()) {
            changes.add(Change.of(CommitmentChangeKind.UPDATED, now, actor, next, fields.before(), fields.after()));
        }
        LocalDate newDeadline = deadline;
        if (update.deadline() != null && !Objects.equals(update.deadline().orElse(null), deadline)) {
            newDeadline = update.deadline().orElse(null);
            // a removed deadline is recorded as null, not left out: clients see the field changed
            FieldChanges moved = new FieldChanges();
            moved.record("deadline", deadline, newDeadline);
            changes.add(Change.of(CommitmentChangeKind.DEADLINE_CHANGED, now, actor, next, moved.before(),
                    moved.after()));
        }
        if (changes.isEmpty() && !confirming) {
            return this;
        }
        Commitment updated = new Commitment(id, roadMapId, reference, pillar, number, or(newTitle, title), text,
                or(newEntities, responsibleEntities), newCadence == null ? cadence : Cadence.ofCode(newCadence),
                newVenue, newSeries, newDeadline, or(newRestricted, restricted),
                or(newWeight, weight), level, health, disagreement, assessments, milestones, currentReports,
                reportCount, history, next, registeredAt, registeredBy, now, registrationKey,
                confirming ? Annotation.CONFIRMED : annotation, suggestions);
        if (confirming) {
            changes.add(Change.of(CommitmentChangeKind.CONFIRMED, now, actor, next,
                    new CommitmentChanges.Confirmation(Annotation.SUGGESTED.code(), null, null),
                    new CommitmentChanges.Confirmation(Annotation.CONFIRMED.code(),
                            suggestions == null ? List.of() : suggestions.correctionsIn(updated),
                            seriesOffer.apply(updated))));
        }
        return updated.withHistory(history.append(changes));
    }

    /**
     * Records a side's progress report and recomputes the consolidated level and health; an entry from a
     * meeting belongs to every side and changes neither.
     *
     * @throws TransitionRefusedException when the report would make the commitment complete without evidence,
     *                                    or comes from a side that has no responsible entity
     */
    Commitment reportProgress(ProgressReport given, Instant now) {
        ProgressReport report = given.fromMeeting() ? given.belongingTo(sides()) : given;
        if (report.level() == ImplementationLevel.COMPLETE && report.evidence().isEmpty()) {
            throw new TransitionRefusedException("evidence",
                    "A commitment is complete only with evidence: add at least one link to the report.");
        }
        if (!report.fromMeeting() && responsibleEntities.stream().noneMatch(e -> e.country().equals(report.country()))) {
            throw new TransitionRefusedException("country", "No responsible entity of " + report.country()
                    + " on " + reference + "; only its responsible sides report progress.");
        }
        long next = version + 1;
        List<Change> changes = new ArrayList<>();
        changes.add(Change.of(CommitmentChangeKind.PROGRESS_REPORTED, report.reportedAt(), report.reportedBy(), next,
                null, CommitmentChanges.Reported.of(report)));
        List<Assessment> nextAssessments = assessments;
        ImplementationLevel nextLevel = level;
        Health nextHealth = health;
        boolean nextDisagreement = disagreement;
        if (!report.fromMeeting()) {
            nextAssessments = Assessments.with(assessments, report);
            nextLevel = Assessments.level(nextAssessments);
            nextHealth = Assessments.health(nextAssessments);
            nextDisagreement = Assessments.disagree(nextAssessments);
        }
        if (nextLevel != level) {
            changes.add(Change.of(CommitmentChangeKind.LEVEL_CHANGED, now, report.reportedBy(), next,
                    new CommitmentChanges.LevelChange(level.code(), null, null),
                    new CommitmentChanges.LevelChange(nextLevel.code(), report.id(), nextDisagreement)));
        }
        if (nextHealth != health) {
            changes.add(Change.of(CommitmentChangeKind.HEALTH_CHANGED, now, report.reportedBy(), next,
                    new CommitmentChanges.HealthChange(health.code()), new CommitmentChanges.HealthChange(nextHealth.code())));
        }
        return new Commitment(id, roadMapId, reference, pillar, number, title, text, responsibleEntities, cadence,
                venue, meetingSeries, deadline, restricted, weight, nextLevel, nextHealth, nextDisagreement,
                nextAssessments, milestones, current(nextAssessments, report), reportCount + 1,
                history.append(changes), next, registeredAt, registeredBy, now, registrationKey, annotation, suggestions);
    }

    /**
     * Refused beyond {@link MilestoneAdded#MOST_PER_COMMITMENT}: the milestones are in the document every change
     * writes (2,000 of them added 288 KB to a commitment's answer, and a milestone's write took 1.5 times as long).
     */
    Commitment addMilestone(Milestone milestone, Instant now, String actor) {
        if (milestones.size() >= MilestoneAdded.MOST_PER_COMMITMENT) {
            throw new TransitionRefusedException("milestones", "A commitment has at most "
                    + MilestoneAdded.MOST_PER_COMMITMENT + " milestones; " + reference
                    + " has them all. Change one of them, or mark one reached, rather than add another.");
        }
        List<Milestone> next = new ArrayList<>(milestones);
        next.add(milestone);
        Change added = Change.of(CommitmentChangeKind.MILESTONE_ADDED, now, actor, version + 1, null,
                CommitmentChanges.MilestoneChange.of(milestone));
        return withMilestones(next, added, now);
    }

    Commitment changeMilestone(String milestoneId, MilestoneUpdate update, Instant now, String actor) {
        Milestone current = milestone(milestoneId).orElseThrow(() -> new UnknownMilestoneException(id, milestoneId));
        Milestone changed = new Milestone(current.id(), or(update.title(), current.title()),
                or(update.plannedDate(), current.plannedDate()),
                update.actualDate() == null ? current.actualDate() : update.actualDate().orElse(null));
        if (changed.equals(current)) {
            return this;
        }
        List<Milestone> next = milestones.stream().map(m -> m.id().equals(milestoneId) ? changed : m).toList();
        Change change = Change.of(CommitmentChangeKind.MILESTONE_CHANGED, now, actor, version + 1,
                CommitmentChanges.MilestoneChange.of(current), CommitmentChanges.MilestoneChange.of(changed));
        return withMilestones(next, change, now);
    }

    public Optional<Milestone> milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst();
    }

    /** The countries of its responsible entities, in country-code order: the sides that report on it. */
    public List<String> sides() {
        return sides(responsibleEntities);
    }

    /** One of the {@link #currentReports}; older reports are in its log. */
    public Optional<ProgressReport> progressReport(String reportId) {
        return currentReports.stream().filter(r -> r.id().equals(reportId)).findFirst();
    }

    /** The report the latest write recorded, if it recorded one. */
    public Optional<ProgressReport> latestReport() {
        return latestChanges().stream().filter(c -> c.is(CommitmentChangeKind.PROGRESS_REPORTED)).findFirst()
                .flatMap(c -> progressReport(c.after(CommitmentChanges.Reported.class).reportId()));
    }

    /** The latest write's report goes to the progress-report log, numbered {@link #reportCount}. */
    @Override
    public List<Appended> appended() {
        return latestReport().map(r -> List.of(Appended.numbered(CommitmentLogs.REPORTS, id, reportCount, r.id(), r)))
                .orElse(List.of());
    }

    /** Overdue: its deadline has passed ({@code today} is the day in the last party's capital) and it is not complete. */
    public boolean isOverdue(LocalDate today) {
        return deadline != null && deadline.isBefore(today) && level != ImplementationLevel.COMPLETE;
    }

    /**
     * This commitment as it stood just before {@code instant}, read back from its progress reports and
     * history ({@code past}, from its logs), for reports on a past period: level, health, disagreement,
     * assessments, deadline and weight as they were then; title, text, responsible entities and milestones
     * as they are now.
     */
    public Commitment asOf(Instant instant, CommitmentLogs.Past past) {
        return PastState.of(this, past, instant);
    }

    @Override
    public Commitment withHistory(HistoryTail changes) {
        return new Commitment(id, roadMapId, reference, pillar, number, title, text, responsibleEntities, cadence,
                venue, meetingSeries, deadline, restricted, weight, level, health, disagreement, assessments, milestones,
                currentReports, reportCount, changes, version, registeredAt, registeredBy, updatedAt, registrationKey,
                annotation, suggestions);
    }

    /**
     * This commitment as a list shows it: without its text (only its own page shows it), the reports its
     * assessments come from and its latest changes, which no list reads.
     */
    Commitment asListed() {
        return new Commitment(id, roadMapId, reference, pillar, number, title, null, responsibleEntities, cadence,
                venue, meetingSeries, deadline, restricted, weight, level, health, disagreement, assessments, milestones,
                null, reportCount, null, version, registeredAt, registeredBy, updatedAt, registrationKey, annotation, null);
    }

    private Commitment withMilestones(List<Milestone> next, Change change, Instant now) {
        return new Commitment(id, roadMapId, reference, pillar, number, title, text, responsibleEntities, cadence,
                venue, meetingSeries, deadline, restricted, weight, level, health, disagreement, assessments, next,
                currentReports, reportCount, history.append(List.of(change)), version + 1, registeredAt, registeredBy,
                now, registrationKey, annotation, suggestions);
    }

    /** The reports the assessments come from, and {@code latest}. */
    private List<ProgressReport> current(List<Assessment> assessed, ProgressReport latest) {
        List<ProgressReport> reports = new ArrayList<>();
        for (Assessment a : assessed) {
            (latest.id().equals(a.reportId()) ? Optional.of(latest) : progressReport(a.reportId()))
                    .ifPresent(reports::add);
        }
        if (!reports.contains(latest)) {
            reports.add(latest);
        }
        return reports;
    }

    private static List<String> sides(List<ResponsibleEntity> entities) {
        return entities.stream().map(ResponsibleEntity::country).distinct().sorted().toList();
    }

    /** Entries from meetings stored before they had sides (the venue's country as theirs) belong to every side too. */
    private static List<ProgressReport> jointMeetings(List<ProgressReport> reports, List<String> sides) {
        return reports.stream().map(r -> r.fromMeeting() && r.sides().isEmpty() ? r.belongingTo(sides) : r).toList();
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
