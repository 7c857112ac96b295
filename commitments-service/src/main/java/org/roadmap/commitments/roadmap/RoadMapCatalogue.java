package org.roadmap.commitments.roadmap;

import java.util.List;
import java.util.Optional;

import org.roadmap.commitments.commitment.CommitmentSearch;

import org.springframework.stereotype.Service;

/** Reads the imported road maps. */
@Service
public class RoadMapCatalogue {

    private final RoadMaps roadMaps;
    private final CommitmentSearch search;

    RoadMapCatalogue(RoadMaps roadMaps, CommitmentSearch search) {
        this.roadMaps = roadMaps;
        this.search = search;
    }

    /**
     * The road map as a caller sees it: for one who may not see restricted commitments
     * ({@code includeRestricted} false), its counts leave them out, as every list does.
     */
    public RoadMap seenWith(RoadMap roadMap, boolean includeRestricted) {
        return includeRestricted ? roadMap : roadMap.countingOut(search.restrictedByPillar(roadMap.id()));
    }

    public List<RoadMap> all() {
        return roadMaps.findAllByOrderBySignedOnDesc();
    }

    public Optional<RoadMap> find(String id) {
        return roadMaps.findById(id);
    }

    /** @throws RoadMapNotFoundException when there is no such road map */
    public RoadMap get(String id) {
        return find(id).orElseThrow(() -> new RoadMapNotFoundException(id));
    }
}
