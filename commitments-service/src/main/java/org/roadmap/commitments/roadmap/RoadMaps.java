package org.roadmap.commitments.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The imported road maps. */
interface RoadMaps extends Repository<RoadMap, String> {

    Optional<RoadMap> findById(String id);

    Optional<RoadMap> findByDigest(String digest);

    List<RoadMap> findAll();
}
