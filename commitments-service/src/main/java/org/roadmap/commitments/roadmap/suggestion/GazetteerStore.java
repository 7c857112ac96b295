package org.roadmap.commitments.roadmap.suggestion;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The gazetteer as stored: the {@code gazetteer} collection, seeded from the shipped resource with
 * the entries it does not hold yet (so an entry learned or corrected in storage is never overwritten
 * by the shipped one), read whole at each import (imports are rare, the collection small).
 * Confirming an import's corrections adds entries here ({@link #learn}).
 */
@Component
public class GazetteerStore {

    private final MongoTemplate mongo;
    private volatile boolean seeded;

    GazetteerStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The gazetteer as stored now, shipped entries included. */
    public Gazetteer current() {
        seed();
        return new Gazetteer(mongo.findAll(GazetteerEntry.class));
    }

    /** Keeps an entry learned from a confirmed import, replacing the stored one with its id. */
    public void learn(GazetteerEntry entry) {
        seed();
        mongo.save(entry);
    }

    private void seed() {
        if (seeded) {
            return;
        }
        Set<String> stored = mongo.findAll(GazetteerEntry.class).stream().map(GazetteerEntry::id)
                .collect(Collectors.toSet());
        for (GazetteerEntry entry : Gazetteer.shipped().entries()) {
            if (!stored.contains(entry.id())) {
                try {
                    mongo.insert(entry);
                } catch (DuplicateKeyException seededByAnotherReplica) {
                    // the same shipped entry: nothing to do
                }
            }
        }
        seeded = true;
    }
}
