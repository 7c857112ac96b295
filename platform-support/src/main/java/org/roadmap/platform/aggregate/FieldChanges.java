package org.roadmap.platform.aggregate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change to an aggregate's fields did, field by field, for its history entry: each field that
 * differs is recorded with its value before and after, as plain JSON values ({@link HistoryValues}).
 */
public final class FieldChanges {

    private final Map<String, Object> before = new LinkedHashMap<>();
    private final Map<String, Object> after = new LinkedHashMap<>();

    /** {@code proposed} when it is given and differs from {@code current} (recorded), else {@code null}: unchanged. */
    public <T> T differs(String field, T proposed, T current) {
        if (proposed == null || proposed.equals(current)) {
            return null;
        }
        record(field, current, proposed);
        return proposed;
    }

    /**
     * A field that may be removed (RFC 7396: {@code null} removes): absent {@code proposed} leaves it, an empty
     * one removes it. Returns the field's value after the change (recorded when it differs).
     */
    public <T> T differsOrRemoved(String field, Optional<T> proposed, T current) {
        if (proposed == null || Objects.equals(proposed.orElse(null), current)) {
            return current;
        }
        record(field, current, proposed.orElse(null));
        return proposed.orElse(null);
    }

    /** Records a field's change as given. */
    public void record(String field, Object from, Object to) {
        before.put(field, HistoryValues.of(from));
        after.put(field, HistoryValues.of(to));
    }

    public boolean isEmpty() {
        return after.isEmpty();
    }

    public boolean changed(String field) {
        return after.containsKey(field);
    }

    public Map<String, Object> before() {
        return before;
    }

    public Map<String, Object> after() {
        return after;
    }
}
