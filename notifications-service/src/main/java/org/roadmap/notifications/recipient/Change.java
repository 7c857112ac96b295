package org.roadmap.notifications.recipient;

import java.time.Instant;
import java.util.List;

/** One entry of a recipient's history: who changed which fields, when. */
public record Change(Instant at, String by, String kind, long version, List<String> fields) {
}
