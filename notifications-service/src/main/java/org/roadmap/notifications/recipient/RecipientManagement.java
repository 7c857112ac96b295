package org.roadmap.notifications.recipient;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.roadmap.platform.aggregate.IdempotencyKeyReusedException;
import org.roadmap.notifications.NotFoundException;
import org.roadmap.platform.aggregate.StaleVersionException;
import org.roadmap.platform.outbox.OutboxWriter;
import org.roadmap.platform.outbox.OutboxWriter.NewAggregate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Use cases of recipients. Every change is conditional on the version it was computed from, so
 * an edit made meanwhile is never overwritten. Recipients publish no events; they are written through the
 * {@link OutboxWriter} for the changes each write appends to the recipient's history log, with it.
 */
@Service
public class RecipientManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Recipients recipients;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RecipientsVersion version;
    private final OutboxWriter writer;

    RecipientManagement(Recipients recipients, Clock clock, ApplicationEventPublisher events,
            RecipientsVersion version, OutboxWriter writer) {
        this.recipients = recipients;
        this.writer = writer;
        this.clock = clock;
        this.events = events;
        this.version = version;
    }

    /**
     * Creates a recipient. With an idempotency key, a retry returns the recipient the first request created.
     *
     * @param userId        the signed-in user the recipient is, or {@code null} for staff without an account
     * @param requestDigest a digest of the request, to refuse the same key with another request
     * @throws UserHasRecipientException when {@code userId} has a recipient already
     */
    public Created create(String userId, RecipientDetails details, String actor, String idempotencyKey,
            String requestDigest) {
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("recipient:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        Recipient recipient = Recipient.create(id, userId, details, details.webhookUrl() == null ? null : newSecret(),
                clock.instant(), actor, requestDigest);
        Optional<Recipient> theirs = userId == null ? Optional.empty() : recipients.findByUserId(userId);
        if (theirs.isPresent() && !theirs.get().id().equals(id)) {
            throw new UserHasRecipientException(userId, theirs.get().id());
        }
        try {
            writer.insert(recipient, id, List.of());
        } catch (DuplicateKeyException e) {
            Optional<Recipient> earlier = find(id);
            if (earlier.isEmpty()) {
                // the unique user id, taken by a request that raced this one
                throw new UserHasRecipientException(userId, ofUser(userId).map(Recipient::id).orElse("?"));
            }
            if (!String.valueOf(earlier.get().requestDigest()).equals(String.valueOf(requestDigest))) {
                throw new IdempotencyKeyReusedException(idempotencyKey);
            }
            return new Created(earlier.get(), true);
        }
        version.raise();
        events.publishEvent(new RecipientChanged(id));
        return new Created(recipient, false);
    }

    /**
     * Creates the recipient of a seeded user unless they have one: same id on every start and replica, so
     * a second attempt finds it.
     *
     * @return whether it was created now
     */
    boolean createOnce(String userId, RecipientDetails details) {
        if (recipients.findByUserId(userId).isPresent()) {
            return false;
        }
        String id = UUID.nameUUIDFromBytes(("seeded-user:" + userId).getBytes(StandardCharsets.UTF_8)).toString();
        try {
            writer.insert(Recipient.create(id, userId, details, null, clock.instant(), "seed", null), id, List.of());
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
        version.raise();
        events.publishEvent(new RecipientChanged(id));
        return true;
    }

    /** A created recipient; {@code replayed} when an earlier request with the same key created it. */
    public record Created(Recipient recipient, boolean replayed) {
    }

    /**
     * @param current the recipient as the caller read it (to check who may change it): the change starts from it
     * @param removed the fields a merge patch set to {@code null}: {@link Recipient#REMOVABLE}
     */
    public Recipient update(Recipient current, long expectedVersion, RecipientDetails details, Set<String> removed,
            String actor) {
        String id = current.id();
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("recipient", id, expectedVersion, current.version());
        }
        Recipient next = current.update(details, removed, newSecret(), clock.instant(), actor);
        if (next == current) {
            return current;
        }
        Query unchanged = new Query(where("_id").is(id).and("version").is(current.version()));
        if (!writer.replace(next, unchanged, id, List.of())) {
            throw new StaleVersionException("recipient", id, expectedVersion, load(id).version());
        }
        version.raise();
        if (next.schedulingDiffers(current)) {
            events.publishEvent(new RecipientChanged(id));
        }
        return next;
    }

    public Optional<Recipient> find(String id) {
        return recipients.findById(id);
    }

    public Recipient load(String id) {
        return recipients.findById(id).orElseThrow(() -> new NotFoundException("recipient", id));
    }

    /** Recipients by id, for fan-out: one query by {@code _id}. */
    public Map<String, Recipient> byIds(Collection<String> ids) {
        return recipients.findAllById(ids).stream().collect(Collectors.toMap(Recipient::id, Function.identity()));
    }

    /** The recipient the signed-in user {@code subject} is, if any. */
    public Optional<Recipient> ofUser(String subject) {
        return subject == null ? Optional.empty() : recipients.findByUserId(subject);
    }

    public List<Recipient> all() {
        return recipients.findAll();
    }

    /** Many recipients at once, for set-ups and benchmarks: one bulk insert. */
    public void createAll(List<Recipient> many) {
        writer.insertAll(Recipient.class, many.stream().map(r -> new NewAggregate(r, r.id(), List.of())).toList());
        version.raise();
    }

    /** A new signing secret in the Standard Webhooks format: {@code whsec_} and 32 random bytes in base64. */
    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** A recipient as created by {@link #create}, for bulk set-ups that skip the HTTP layer. */
    public static Recipient newRecipient(String id, RecipientDetails details, java.time.Instant now) {
        return Recipient.create(id, null, details, details.webhookUrl() == null ? null : newSecret(), now, "system", null);
    }
}
