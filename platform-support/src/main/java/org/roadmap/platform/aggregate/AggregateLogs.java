package org.roadmap.platform.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The logs every versioned aggregate has beside its document, named after its collection: its history
 * ({@code <collection>_history}, a change per record, numbered) and the requests that changed it
 * ({@code <collection>_requests}, found by Idempotency-Key).
 */
public final class AggregateLogs {

    private AggregateLogs() {
    }

    public static String history(String collection) {
        return collection + "_history";
    }

    public static String requests(String collection) {
        return collection + "_requests";
    }

    /** A request as its log keeps it: what was asked, and the version its write produced. */
    public record RequestRecord(String key, String digest, long version) {

        public Request request() {
            return new Request(key, digest);
        }
    }

    /**
     * What the write that produced {@code aggregate}'s version appends: its latest changes to the history,
     * the requests that made them, and whatever else the aggregate appends ({@link Versioned#appended()}).
     */
    public static List<Appended> appendedBy(String collection, Versioned<?> aggregate) {
        List<Appended> appended = new ArrayList<>();
        List<Change> latest = aggregate.history().latest();
        Map<String, Request> requests = new LinkedHashMap<>();
        for (int i = 0; i < latest.size(); i++) {
            Change change = latest.get(i);
            if (change.version() != aggregate.version()) {
                continue;
            }
            appended.add(Appended.numbered(history(collection), aggregate.id(), aggregate.history().numberOf(i), null,
                    change));
            if (change.request() != null) {
                requests.putIfAbsent(change.request().key(), change.request());
            }
        }
        requests.values().forEach(r -> appended.add(Appended.keyed(requests(collection), aggregate.id(), r.key(),
                new RequestRecord(r.key(), r.digest(), aggregate.version()))));
        appended.addAll(aggregate.appended());
        return appended;
    }
}
