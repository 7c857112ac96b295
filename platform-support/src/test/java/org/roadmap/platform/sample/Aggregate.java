package org.roadmap.platform.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stand-in aggregate stored in an outbox collection. */
@Document("aggregates")
public record Aggregate(@Id String id, String name, long version) {
}
