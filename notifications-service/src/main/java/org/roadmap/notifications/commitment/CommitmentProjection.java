package org.roadmap.notifications.commitment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.roadmap.events.EventEnvelope;
import org.roadmap.events.commitment.CommitmentDeadlineChanged;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.CommitmentUpdated;
import org.roadmap.events.commitment.ImplementationLevelChanged;
import org.roadmap.events.commitment.MilestoneAdded;
import org.roadmap.events.commitment.MilestoneChanged;
import org.roadmap.platform.messaging.KeptFields;
import org.roadmap.platform.messaging.RefusedByRuleException;
import org.roadmap.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps {@link KnownCommitment}s up to date. Each change sets the event's values (upsert by
 * commitment id), so applying an event twice changes nothing; one commitment's events arrive in
 * order (Kafka key = commitment id). Titles and entity names longer, and entities more, than commitments-service
 * takes are refused ({@link KeptFields}).
 */
@Service
public class CommitmentProjection {

    private final MongoTemplate mongo;
    private final KnownCommitments known;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommitmentProjection(MongoTemplate mongo, KnownCommitments known, Clock clock, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.known = known;
        this.clock = clock;
        this.events = events;
    }

    public void registered(EventEnvelope event, CommitmentRegistered registered) {
        KeptFields.commitment(registered.title(), registered.responsibleEntities());
        apply(event, registered.commitmentId(), new Update()
                .set("roadMapId", registered.roadMapId())
                .set("reference", registered.reference())
                .set("pillar", registered.pillar())
                .set("title", registered.title())
                .set("deadline", registered.deadline())
                .set("responsibleEntities", registered.responsibleEntities())
                .set("restricted", registered.restricted())
                .set("meetingSeries", registered.meetingSeries()));
    }

    public void updated(EventEnvelope event, CommitmentUpdated updated) {
        KeptFields.commitment(updated.title(), updated.responsibleEntities());
        apply(event, updated.commitmentId(), new Update()
                .set("roadMapId", updated.roadMapId())
                .set("reference", updated.reference())
                .set("title", updated.title())
                .set("responsibleEntities", updated.responsibleEntities())
                .set("restricted", updated.restricted()));
    }

    public void deadlineChanged(EventEnvelope event, CommitmentDeadlineChanged changed) {
        apply(event, changed.commitmentId(), new Update().set("deadline", changed.deadline()));
    }

    public void levelChanged(EventEnvelope event, ImplementationLevelChanged changed) {
        apply(event, changed.commitmentId(), new Update().set("level", changed.level()));
    }

    public void milestoneAdded(EventEnvelope event, MilestoneAdded added) {
        KeptFields.milestone(added.title());
        milestone(event, added.commitmentId(), new KnownCommitment.KnownMilestone(added.milestoneId(), added.title(),
                added.plannedDate(), added.actualDate()));
    }

    public void milestoneChanged(EventEnvelope event, MilestoneChanged changed) {
        KeptFields.milestone(changed.title());
        milestone(event, changed.commitmentId(), new KnownCommitment.KnownMilestone(changed.milestoneId(),
                changed.title(), changed.plannedDate(), changed.actualDate()));
    }

    public Optional<KnownCommitment> find(String commitmentId) {
        return known.findById(commitmentId);
    }

    /** The commitments of {@code ids} heard of, by id, in one look-up. */
    public Map<String, KnownCommitment> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, KnownCommitment> found = new HashMap<>();
        known.findAllById(ids).forEach(c -> found.put(c.id(), c));
        return found;
    }

    /** The commitment, if the caller may know of it by the platform's visibility rule ({@link Caller#sees}). */
    public Optional<KnownCommitment> visibleTo(Caller caller, String commitmentId) {
        return find(commitmentId).filter(c -> caller.sees(c.restricted()));
    }

    /**
     * Whether {@code commitmentIds} are all restricted commitments (and there is at least one): a deadline
     * or milestone of a restricted commitment, or a meeting that serves only such. Only those who see
     * restricted items hear of it. A commitment not heard of at all is not counted as restricted.
     */
    public boolean onlyRestricted(Collection<String> commitmentIds) {
        if (commitmentIds == null || commitmentIds.isEmpty()) {
            return false;
        }
        return restrictedAmong(commitmentIds).containsAll(commitmentIds);
    }

    /** Which of {@code commitmentIds} are restricted commitments, in one look-up; one not heard of is not. */
    public Set<String> restrictedAmong(Collection<String> commitmentIds) {
        Set<String> restricted = new HashSet<>();
        byIds(commitmentIds).values().stream().filter(KnownCommitment::restricted).forEach(c -> restricted.add(c.id()));
        return restricted;
    }

    public List<KnownCommitment> all() {
        return known.findAll();
    }

    /**
     * Sets (not appends) the milestone, so a redelivered event leaves one entry. One more than commitments-service
     * keeps ({@link MilestoneAdded#MOST_PER_COMMITMENT}) is refused, as the list is in the commitment's document.
     */
    private void milestone(EventEnvelope event, String commitmentId, KnownCommitment.KnownMilestone milestone) {
        List<KnownCommitment.KnownMilestone> next = new ArrayList<>(
                find(commitmentId).map(KnownCommitment::milestones).orElse(List.of()));
        boolean known = next.removeIf(m -> m.id().equals(milestone.id()));
        if (!known && next.size() >= MilestoneAdded.MOST_PER_COMMITMENT) {
            throw new RefusedByRuleException("milestoneId: the commitment has " + MilestoneAdded.MOST_PER_COMMITMENT
                    + " milestones already, the most commitments-service keeps");
        }
        next.add(milestone);
        apply(event, commitmentId, new Update().set("milestones", next));
    }

    private void apply(EventEnvelope event, String commitmentId, Update update) {
        update.set("lastEventId", event.id()).set("updatedAt", clock.instant());
        if (!update.modifies("restricted")) {
            // heard of through a later event (its registration dead-lettered, or read from a later offset): kept
            // readable, and restricted until its registration says otherwise
            update.setOnInsert("restricted", true);
        }
        KnownCommitment now = mongo.findAndModify(new Query(where("_id").is(commitmentId)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), KnownCommitment.class);
        events.publishEvent(new KnownCommitmentChanged(now));
    }
}
