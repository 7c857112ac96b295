package org.roadmap.platform.aggregate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one way every service changes an aggregate: a retried request (same Idempotency-Key) answers
 * what the first one did; an explicit expected version ({@code If-Match}) that is stale fails; the
 * change is applied to the latest state and stored with its events in one write conditional on the
 * version it was computed from; a write that loses to another is recomputed, a bounded number of times.
 *
 * @param <A> the aggregate
 */
public final class VersionedWrite<A extends Versioned<A>> {

    /** Stores an aggregate's next state with the events of its latest changes, only if its current version is still stored. */
    @FunctionalInterface
    public interface ConditionalReplace<A> {
        boolean replace(A current, A next);
    }

    /** Finds the request with an Idempotency-Key that changed an aggregate, in the aggregate's requests log. */
    @FunctionalInterface
    public interface EarlierRequests {
        Optional<Request> find(String aggregateId, String key);
    }

    /** A change has been applied; {@code replayed} when an earlier request with the same key made it. */
    public record Written<A>(A aggregate, boolean replayed) {
    }

    private static final int ATTEMPTS = 5;

    private final String what;
    private final Function<String, Optional<A>> load;
    private final ConditionalReplace<A> store;
    private final Function<String, RuntimeException> notFound;
    private final EarlierRequests requests;

    /**
     * @param what     the aggregate as users name it, e.g. {@code meeting series}, for the problems it answers
     * @param notFound the exception for an id that is not stored
     * @param requests where the requests that changed an aggregate before its latest write are found
     */
    public VersionedWrite(String what, Function<String, Optional<A>> load, ConditionalReplace<A> store,
            Function<String, RuntimeException> notFound, EarlierRequests requests) {
        this.what = what;
        this.load = load;
        this.store = store;
        this.notFound = notFound;
        this.requests = requests;
    }

    /**
     * Applies {@code change} to aggregate {@code id}.
     *
     * @param expectedVersion the version the caller saw ({@code If-Match}); absent: the latest
     * @param request         the Idempotency-Key and digest of the request; absent: none was sent
     * @param change          the next state, or the same instance when nothing changes
     * @throws StaleVersionException          when {@code expectedVersion} is not the current one
     * @throws IdempotencyKeyReusedException  when the key made another change before
     * @throws ConcurrentChangeException      when other writers kept winning
     */
    public Written<A> apply(String id, Long expectedVersion, Request request, UnaryOperator<A> change) {
        return apply(load(id), expectedVersion, request, change);
    }

    /**
     * As {@link #apply(String, Long, Request, UnaryOperator)}, from the aggregate as the caller just read it (to
     * check who may change it, say): the first attempt reads nothing more, and a write that loses to another reads
     * the latest state as before.
     */
    public Written<A> apply(A read, Long expectedVersion, Request request, UnaryOperator<A> change) {
        A current = read;
        for (int attempt = 1; ; attempt++) {
            Optional<Written<A>> replayed = replayed(current, request);
            if (replayed.isPresent()) {
                return replayed.get();
            }
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw new StaleVersionException(what, current.id(), expectedVersion, current.version());
            }
            A next = change.apply(current);
            if (next == current) {
                return new Written<>(current, false);
            }
            next = recorded(next, request);
            if (store.replace(current, next)) {
                return new Written<>(next, false);
            }
            if (expectedVersion != null) {
                throw new StaleVersionException(what, current.id(), expectedVersion, load(current.id()).version());
            }
            if (attempt >= ATTEMPTS) {
                throw new ConcurrentChangeException(what, current.id());
            }
            current = load(current.id());
        }
    }

    private A load(String id) {
        return load.apply(id).orElseThrow(() -> notFound.apply(id));
    }

    /**
     * The answer to a retry: the aggregate as it is, when {@code request}'s key made a change of it. The latest
     * write's requests are in the aggregate's document, so one whose log record a crash left unmoved is found too.
     */
    public Optional<Written<A>> replayed(A current, Request request) {
        if (request == null) {
            return Optional.empty();
        }
        return current.latestRequest(request.key()).or(() -> requests.find(current.id(), request.key()))
                .map(earlier -> {
                    request.requireSameAs(earlier);
                    return new Written<>(current, true);
                });
    }

    /** {@code next} with {@code request} recorded on the changes of its latest write. */
    public static <A extends Versioned<A>> A recorded(A next, Request request) {
        if (request == null) {
            return next;
        }
        List<Change> latest = next.history().latest().stream()
                .map(c -> c.version() == next.version() ? c.madeBy(request) : c).toList();
        return next.withHistory(next.history().withLatest(latest));
    }
}
