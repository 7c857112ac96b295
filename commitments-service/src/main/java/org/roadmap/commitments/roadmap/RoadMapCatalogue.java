package org.roadmap.commitments.roadmap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roadmap.commitments.commitment.CommitmentSearch;
import org.roadmap.commitments.config.CommitmentsProperties;
import org.springframework.stereotype.Service;

/**
 * Reads the imported road maps. A road map is written once, when imported, and never changed, so each replica holds
 * them in memory: one by id is answered from there, or read from storage when another replica imported it since; the
 * list is read again once it is older than {@code roadmap.commitments.road-maps-read-again}. A road map this replica
 * imports is held at once, so whoever imported it lists it next.
 */
@Service
public class RoadMapCatalogue {

    /** Newest signature first, undated ones last, then by id so that the order is stable. */
    private static final Comparator<RoadMap> LISTED = Comparator.comparing(RoadMap::signedOn,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(RoadMap::id);

    private final RoadMaps roadMaps;
    private final CommitmentSearch search;
    private final Clock clock;
    private final Duration readAgain;
    private volatile Held held;

    RoadMapCatalogue(RoadMaps roadMaps, CommitmentSearch search, Clock clock, CommitmentsProperties properties) {
        this.roadMaps = roadMaps;
        this.search = search;
        this.clock = clock;
        this.readAgain = properties.roadMapsReadAgain();
    }

    /**
     * The road map as a caller sees it: for one who may not see restricted commitments
     * ({@code includeRestricted} false), its counts leave them out, as every list does.
     */
    public RoadMap seenWith(RoadMap roadMap, boolean includeRestricted) {
        return includeRestricted ? roadMap : roadMap.countingOut(search.restrictedByPillar(roadMap.id()));
    }

    public List<RoadMap> all() {
        Held now = held;
        if (now == null || now.readAt().plus(readAgain).isBefore(clock.instant())) {
            now = read();
        }
        return now.byId().values().stream().sorted(LISTED).toList();
    }

    public Optional<RoadMap> find(String id) {
        Held now = held;
        RoadMap known = now == null ? null : now.byId().get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<RoadMap> found = roadMaps.findById(id);
        found.ifPresent(this::imported);
        return found;
    }

    /** @throws RoadMapNotFoundException when there is no such road map */
    public RoadMap get(String id) {
        return find(id).orElseThrow(() -> new RoadMapNotFoundException(id));
    }

    /** Holds a road map just imported or found, beside those held. */
    synchronized void imported(RoadMap roadMap) {
        if (held == null) {
            return; // the first list reads it with the others
        }
        Map<String, RoadMap> next = new LinkedHashMap<>(held.byId());
        next.put(roadMap.id(), roadMap);
        held = new Held(Map.copyOf(next), held.readAt());
    }

    private synchronized Held read() {
        Instant readAt = clock.instant();
        if (held != null && !held.readAt().plus(readAgain).isBefore(readAt)) {
            return held; // read by another request meanwhile
        }
        Map<String, RoadMap> byId = new LinkedHashMap<>();
        roadMaps.findAll().forEach(roadMap -> byId.put(roadMap.id(), roadMap));
        held = new Held(Map.copyOf(byId), readAt);
        return held;
    }

    private record Held(Map<String, RoadMap> byId, Instant readAt) {
    }
}
