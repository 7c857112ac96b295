package org.roadmap.platform.aggregate;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.annotation.Nullable;

/**
 * One entry of an aggregate's history: who changed what, when, from what to what. The changes made by
 * one write are its domain events; each service's messaging adapter turns them into integration
 * events. {@code before} and {@code after} hold plain JSON values ({@link HistoryValues}).
 *
 * @param kind    the {@link ChangeKind#code()}, as stored
 * @param version the aggregate's version the write produced
 * @param before  the changed fields' values before, absent when there were none (a creation)
 * @param after   the changed fields' values after
 * @param request the Idempotency-Key (and digest) of the request that made it; absent when none was sent. Kept
 *                for retries, never shown: a key is the client's, not part of what happened
 */
public record Change(Instant at, String by, String kind, long version, @Nullable Map<String, Object> before,
        Map<String, Object> after, @JsonIgnore Request request) {

    /** A change whose payloads are records (or maps), stored as their fields. */
    public static Change of(ChangeKind kind, Instant at, String by, long version, Object before, Object after) {
        return new Change(at, by, kind.code(), version, HistoryValues.fields(before), HistoryValues.fields(after), null);
    }

    /** The same change, made by {@code request}. */
    public Change madeBy(Request request) {
        return new Change(at, by, kind, version, before, after, request);
    }

    /** Its kind among {@code kinds}, for an exhaustive {@code switch}. */
    public <K extends Enum<K> & ChangeKind> K kindOf(Class<K> kinds) {
        return ChangeKind.of(kinds, kind);
    }

    public boolean is(ChangeKind kind) {
        return this.kind.equals(kind.code());
    }

    /** {@link #after} read as the payload type it was written from. */
    public <T> T after(Class<T> type) {
        return HistoryValues.read(after, type);
    }

    /** {@link #before} read as the payload type it was written from. */
    public <T> T before(Class<T> type) {
        return HistoryValues.read(before, type);
    }
}
