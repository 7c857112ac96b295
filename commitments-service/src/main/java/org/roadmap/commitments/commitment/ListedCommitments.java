package org.roadmap.commitments.commitment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.roadmap.events.EventEnvelope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The read model of lists, counts and roll-ups: every commitment as a list shows it (without its text,
 * progress reports and history), in this replica's memory, with the words a search looks in (reference,
 * title, text). A list, a count or a road map's progress reads this instead of the collection, so it
 * costs what it answers plus a pass over small in-memory records, on the embedded server (which answers
 * any query but one by {@code _id} by reading every document) and on MongoDB alike (docs/adr/0011).
 *
 * <p>Loaded once, at the first read; kept current by every write of this replica, with the commitment as
 * written (read your writes), and, for the writes of other replicas, by the service's own events
 * ({@code messaging/ListedCommitmentsRefresh}), each of which makes it read the commitment again by
 * {@code _id}. A newer version is never replaced by an older one, whatever order those writes and reads
 * finish in.
 */
@Component
public class ListedCommitments {

    /** What a list leaves out of a commitment, besides its text, which is kept as words to search. */
    private static final String[] NOT_READ = {"history", "currentReports", "outbox", "appended", "suggestions"};

    /**
     * A commitment as listed, the words a search looks in and its responsible entities' names, lower case: a
     * list compares them with what it was asked for, for every commitment, at every request.
     */
    record Listed(Commitment commitment, String words, List<String> entityNames) {
    }

    /**
     * How many of its own events' ids a replica remembers until it hears them: one it never hears (its
     * relay's send raced its record, say) is forgotten with the oldest, and costs a read if it comes after.
     */
    private static final int OWN_EVENTS_REMEMBERED = 10_000;

    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private final Map<String, Listed> byId = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ownEvents = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > OWN_EVENTS_REMEMBERED;
                }
            });
    private final Map<String, Counter> refreshes = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile boolean loadStarted;

    ListedCommitments(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    /** Every commitment, as listed. */
    Stream<Listed> all() {
        load();
        return byId.values().stream();
    }

    /**
     * Keeps what this replica has just written: its next list shows it, with no read of storage. The ids of
     * the events that write appended are remembered, so that hearing them later reads nothing again.
     */
    void written(Commitment commitment, Collection<EventEnvelope> events) {
        keep(commitment);
        events.forEach(event -> ownEvents.put(event.id(), Boolean.TRUE));
    }

    /** The event of a write, which may be another replica's, heard of by this replica. */
    public record Heard(String commitmentId, String eventId) {
    }

    /**
     * After the events of a batch of writes, which may be other replicas': reads their commitments again, in one
     * look-up, each once, except those whose event is one of this replica's own writes, kept already when it was
     * written, and all of them while nothing has been listed since the replica started: the first list reads every
     * commitment after these writes anyway (after a restart the relay's backlog would otherwise cost a read per
     * event, beside the relay's own work).
     */
    public void heard(List<Heard> events) {
        Set<String> toRead = new LinkedHashSet<>();
        for (Heard event : events) {
            boolean own = event.eventId() != null && ownEvents.remove(event.eventId()) != null;
            String outcome = own ? "own" : loadStarted ? "read" : "not-listed-yet";
            refreshes.computeIfAbsent(outcome, o -> Counter.builder("roadmap.listed.refreshes")
                    .description("Events of commitment writes heard by this replica's listed commitments, by whether"
                            + " the commitment was read again (read), was this replica's own write (own) or nothing"
                            + " had been listed yet (not-listed-yet)")
                    .tag("outcome", o).register(meters)).increment();
            if (outcome.equals("read")) {
                toRead.add(event.commitmentId());
            }
        }
        if (!toRead.isEmpty()) {
            Query byIds = new Query(where("_id").in(toRead));
            byIds.fields().exclude(NOT_READ);
            mongo.find(byIds, Commitment.class).forEach(this::keep);
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (!loaded) {
                // from here on events are read: this read may have passed a commitment before its write
                loadStarted = true;
                Query everything = new Query();
                everything.fields().exclude(NOT_READ);
                mongo.find(everything, Commitment.class).forEach(this::keep);
                loaded = true;
            }
        }
    }

    private void keep(Commitment stored) {
        List<String> entityNames = stored.responsibleEntities() == null ? List.of()
                : stored.responsibleEntities().stream().map(ResponsibleEntity::name).filter(Objects::nonNull)
                        .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        Listed listed = new Listed(stored.asListed(), words(stored.reference(), stored.title(), stored.text()),
                entityNames);
        byId.merge(stored.id(), listed, (known, fresh) ->
                fresh.commitment().version() >= known.commitment().version() ? fresh : known);
    }

    private static String words(String... parts) {
        StringBuilder words = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                words.append(part.toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return words.toString();
    }
}
