package org.roadmap.commitments.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Reads the imported road maps. */
@Service
public class RoadMapCatalogue {

    private final RoadMaps roadMaps;

    RoadMapCatalogue(RoadMaps roadMaps) {
        this.roadMaps = roadMaps;
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
