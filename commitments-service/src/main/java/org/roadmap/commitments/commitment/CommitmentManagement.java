package org.roadmap.commitments.commitment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.roadmap.commitments.commitment.messaging.CommitmentEvents;
import org.roadmap.events.EventEnvelope;
import org.roadmap.platform.aggregate.IdempotencyKeyReusedException;
import org.roadmap.platform.aggregate.Request;
import org.roadmap.platform.aggregate.VersionedWrite;
import org.roadmap.platform.aggregate.VersionedWrite.Written;
import org.roadmap.platform.outbox.OutboxWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Use cases of commitments, each a {@link VersionedWrite}: stored together with its events in one
 * write, conditional on the version it was computed from, so concurrent writers never overwrite each
 * other; an explicit {@code If-Match} that is stale fails, a report without one is recomputed; a retry
 * with the same Idempotency-Key answers what the first request did.
 */
@Service
public class CommitmentManagement {

    private final Commitments commitments;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final CommitmentLogs logs;
    private final VersionedWrite<Commitment> writes;
    private final ListedCommitments listed;
    private final Confirmations confirmations;
    private final YearEnds yearEnds;

    CommitmentManagement(Commitments commitments, OutboxWriter outbox, Clock clock, CommitmentLogs logs,
            ListedCommitments listed, Confirmations confirmations, YearEnds yearEnds) {
        this.commitments = commitments;
        this.yearEnds = yearEnds;
        this.confirmations = confirmations;
        this.outbox = outbox;
        this.clock = clock;
        this.logs = logs;
        this.listed = listed;
        this.writes = new VersionedWrite<>("commitment", commitments::findById, this::store,
                CommitmentNotFoundException::new, logs.requests());
    }

    /**
     * Registers a commitment. With an idempotency key, a retried registration returns the
     * commitment the first one created.
     *
     * @throws DuplicateKeyException when the road map already has this reference
     */
    public Commitment register(NewCommitment commitment, String actor, String idempotencyKey) {
        Commitment registered = Commitment.register(commitment, clock.instant(), actor, idempotencyKey);
        if (idempotencyKey != null) {
            // a retry, or a re-import on start-up: answer from what the first request stored
            Optional<Commitment> earlier = commitments.findById(registered.id());
            if (earlier.isPresent() && earlier.get().reference().equals(registered.reference())) {
                return earlier.get();
            }
        }
        try {
            listed.written(registered, outbox.insert(registered, registered.id(),
                    CommitmentEvents.of(registered, registered.latestChanges())));
            return registered;
        } catch (DuplicateKeyException e) {
            return commitments.findById(registered.id())
                    .filter(existing -> existing.reference().equals(registered.reference()))
                    .orElseThrow(() -> e);
        }
    }

    public Optional<Commitment> find(String id) {
        return commitments.findById(id);
    }

    /**
     * Changes its fields; confirming a suggested structure also offers its meeting series and teaches the suggestions.
     *
     * @param read the commitment as the caller read it (to check who may change it): the change starts from it
     */
    public Commitment update(Commitment read, long expectedVersion, CommitmentUpdate update, String actor) {
        Commitment updated = changeAt(read, expectedVersion,
                c -> c.update(update, clock.instant(), actor, confirmations::seriesOf));
        if (Boolean.TRUE.equals(update.confirmed()) && updated.annotation() == Annotation.CONFIRMED) {
            confirmations.learnFrom(updated);
        }
        return updated;
    }

    /** The commitments of a road map, in reference order. */
    public List<Commitment> ofRoadMap(String roadMapId) {
        return commitments.findByRoadMapIdOrderByPillarAscNumberAsc(roadMapId);
    }

    public Commitment changeMilestone(Commitment read, long expectedVersion, String milestoneId, MilestoneUpdate update,
            String actor) {
        return changeAt(read, expectedVersion, c -> c.changeMilestone(milestoneId, update, clock.instant(), actor));
    }

    /**
     * Records a progress report. With an idempotency key, a retry returns the first report instead
     * of adding another; the same key with a different report is refused.
     */
    public Reported reportProgress(String id, ReportDraft draft, String idempotencyKey) {
        return reportProgress(commitments.findById(id).orElseThrow(() -> new CommitmentNotFoundException(id)), draft,
                idempotencyKey);
    }

    /** As {@link #reportProgress(String, ReportDraft, String)}, from the commitment as the caller read it. */
    public Reported reportProgress(Commitment read, ReportDraft draft, String idempotencyKey) {
        String reportId = derivedId(read.id(), idempotencyKey);
        Request request = idempotencyKey == null ? null : new Request(idempotencyKey, draft.digest());
        AtomicBoolean madeBefore = new AtomicBoolean();
        Written<Commitment> written = writes.apply(read, null, request, current -> {
            // a report made before requests were recorded on changes is found by its id, derived from the key
            Optional<ProgressReport> earlier = logs.report(current, reportId);
            if (earlier.isPresent()) {
                requireSameRequest(earlier.get().requestDigest(), draft.digest(), idempotencyKey);
                madeBefore.set(true);
                return current;
            }
            return current.reportProgress(draft.toReport(reportId, clock.instant()), clock.instant());
        });
        Commitment commitment = written.aggregate();
        return new Reported(commitment, logs.report(commitment, reportId).orElseThrow(),
                written.replayed() || madeBefore.get());
    }

    /**
     * Records that a meeting with this commitment on its agenda was held: an entry of every side of the
     * commitment, wherever the meeting took place. Once per occurrence, however often the meeting's event
     * is delivered.
     *
     * @param recordedBy who recorded the meeting as held ({@code name (sub)}); {@code null} in events made before
     *                   meetings-service said, which are attributed to meetings-service
     * @return false when the commitment is unknown here (the agenda named a commitment of another road map instance)
     */
    public boolean recordMeeting(String commitmentId, String occurrenceId, String venueCountry, String meetingTitle,
            String summary, String recordedBy) {
        Optional<Commitment> commitment = commitments.findById(commitmentId);
        if (commitment.isEmpty()) {
            return false;
        }
        reportProgress(commitment.get(),
                ReportDraft.fromMeeting(venueCountry, meetingTitle, summary, occurrenceId, recordedBy),
                "meeting:" + occurrenceId);
        return true;
    }

    public Commitment addMilestone(Commitment read, String title, LocalDate plannedDate, LocalDate actualDate,
            String actor, String idempotencyKey) {
        String milestoneId = derivedId(read.id(), idempotencyKey);
        Request request = Request.ofKey(idempotencyKey, "milestone", title, plannedDate, actualDate);
        return writes.apply(read, null, request, current -> current.milestone(milestoneId).isPresent() ? current
                : current.addMilestone(new Milestone(milestoneId, title, plannedDate, actualDate), clock.instant(),
                        actor)).aggregate();
    }

    /** A report has been applied; {@code replayed} when an earlier request with the same key did it. */
    public record Reported(Commitment commitment, ProgressReport report, boolean replayed) {
    }

    private Commitment changeAt(Commitment read, long expectedVersion, UnaryOperator<Commitment> change) {
        return writes.apply(read, expectedVersion, null, change).aggregate();
    }

    private boolean store(Commitment current, Commitment next) {
        Query unchangedSinceRead = new Query(where("_id").is(current.id()).and("version").is(current.version()));
        List<EventEnvelope> appended = outbox.replaceWithEvents(next, unchangedSinceRead, next.id(),
                CommitmentEvents.of(next, next.latestChanges()), yearEnds.closedBy(current, next));
        if (appended != null) {
            // lists read by whoever made the change show it at once
            listed.written(next, appended);
        }
        return appended != null;
    }

    private static String derivedId(String commitmentId, String idempotencyKey) {
        return idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((commitmentId + ":" + idempotencyKey).getBytes()).toString();
    }

    private static void requireSameRequest(String earlier, String now, String idempotencyKey) {
        if (!earlier.equals(now)) {
            throw new IdempotencyKeyReusedException(idempotencyKey);
        }
    }

    /** Convenience for callers that register without an idempotency key. */
    public Commitment register(NewCommitment commitment, String actor) {
        return register(commitment, actor, null);
    }
}
