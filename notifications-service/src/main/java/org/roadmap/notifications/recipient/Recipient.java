package org.roadmap.notifications.recipient;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.HistoryTail;
import org.roadmap.platform.aggregate.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who receives alerts: where (channels), in which language, at what local hour, and
 * what they follow by default.
 * <p>
 * Immutable: each change returns the next state with {@link #version} incremented and a
 * {@link Change} appended to {@link #history}, whose document keeps the latest write's only: every change is in the
 * recipient's history log ({@code recipients_history}, ADR 9), so the document read at every fan-out stays the same
 * size however often the recipient changes. A change records who made it and the names of the fields it changed, not
 * their values (e-mail addresses, webhook URLs). Recipients publish no events.
 *
 * @param userId         the {@code sub} of the signed-in user this recipient is (at most one recipient per
 *                       user); {@code null} for staff without an account, whom the working group registers
 * @param timeZone       IANA zone, e.g. {@code America/Lima}
 * @param deliveryTime   local time of day alerts arrive, {@code HH:mm}; never inside the quiet hours
 * @param secondLanguage when set, messages are bilingual: the language first, then this one
 * @param digest         one message a day with all of the day's alerts instead of one per alert
 * @param immediate      alerts as soon as they are due instead of at the delivery time (quiet hours still
 *                       hold); never together with {@code digest}. A {@code Boolean} so that documents written
 *                       before the field (which lack it) can be read; never null here, false when absent
 * @param seesRestricted whether alerts about restricted commitments (and meetings serving only such) reach this
 *                       person, by the platform's visibility rule: taken from the user's own token whenever they
 *                       create or change their recipient, set by the working group for anyone it registers
 *                       (false unless it says so, e.g. for staff without an account). A {@code Boolean} so that
 *                       documents written before the field can be read; false when absent
 */
@Document("recipients")
public record Recipient(
        @Id String id,
        @Indexed(unique = true, sparse = true) String userId,
        String name,
        String email,
        String organisation,
        String country,
        Language language,
        Language secondLanguage,
        String timeZone,
        QuietHours quietHours,
        String deliveryTime,
        List<Channel> channels,
        Webhook webhook,
        boolean digest,
        Boolean immediate,
        List<String> responsibleFor,
        boolean defaultSubscriptions,
        Boolean seesRestricted,
        long version,
        HistoryTail history,
        Instant createdAt,
        Instant updatedAt,
        String requestDigest) implements Versioned<Recipient> {

    public Recipient {
        channels = channels == null ? List.of() : List.copyOf(channels);
        responsibleFor = responsibleFor == null ? List.of() : List.copyOf(responsibleFor);
        history = history == null ? HistoryTail.of(List.of()) : history;
        immediate = Boolean.TRUE.equals(immediate); // documents written before the field have none
        seesRestricted = Boolean.TRUE.equals(seesRestricted);
    }

    static Recipient create(String id, String userId, RecipientDetails d, String webhookSecret, Instant now,
            String actor, String requestDigest) {
        Set<Channel> channels = d.channels() == null ? Set.of(Channel.EMAIL, Channel.INBOX) : d.channels();
        List<String> responsibleFor = d.responsibleFor() == null ? List.of(d.organisation()) : d.responsibleFor();
        return new Recipient(id, userId, d.name(), d.email(), d.organisation(), d.country(), d.language(), d.secondLanguage(),
                d.timeZone().getId(), d.quietHours(), text(d.deliveryTime()), ordered(channels),
                d.webhookUrl() == null ? null : new Webhook(d.webhookUrl(), webhookSecret),
                Boolean.TRUE.equals(d.digest()), Boolean.TRUE.equals(d.immediate()), responsibleFor,
                !Boolean.FALSE.equals(d.defaultSubscriptions()), Boolean.TRUE.equals(d.seesRestricted()), 1,
                HistoryTail.of(List.of(change("created", now, actor, 1, List.of()))), now, now, requestDigest);
    }

    /** Where a change lists the fields it changed. */
    static final String CHANGED_FIELDS = "fields";

    /** Fields a merge patch may remove with {@code null}; the others it may only change. */
    public static final Set<String> REMOVABLE = Set.of("email", "secondLanguage", "quietHours", "webhookUrl");

    /**
     * Applies the fields present in {@code d} and removes those in {@code removed} (of {@link #REMOVABLE});
     * returns this recipient when nothing changes.
     */
    Recipient update(RecipientDetails d, Set<String> removed, String newWebhookSecret, Instant now, String actor) {
        boolean clearSecondLanguage = removed.contains("secondLanguage");
        boolean clearQuietHours = removed.contains("quietHours");
        List<String> changed = new ArrayList<>();
        String nextName = pick(d.name(), name, "name", changed);
        String nextEmail = removed.contains("email") ? pick(null, email, "email", changed, true)
                : pick(d.email(), email, "email", changed);
        String nextOrganisation = pick(d.organisation(), organisation, "organisation", changed);
        String nextCountry = pick(d.country(), country, "country", changed);
        Language nextLanguage = pick(d.language(), language, "language", changed);
        Language nextSecond = clearSecondLanguage ? pick(null, secondLanguage, "secondLanguage", changed, true)
                : pick(d.secondLanguage(), secondLanguage, "secondLanguage", changed);
        String nextZone = pick(d.timeZone() == null ? null : d.timeZone().getId(), timeZone, "timeZone", changed);
        QuietHours nextQuiet = clearQuietHours ? pick(null, quietHours, "quietHours", changed, true)
                : pick(d.quietHours(), quietHours, "quietHours", changed);
        String nextTime = pick(d.deliveryTime() == null ? null : text(d.deliveryTime()), deliveryTime, "deliveryTime",
                changed);
        List<Channel> nextChannels = pick(d.channels() == null ? null : ordered(d.channels()), channels, "channels",
                changed);
        Webhook nextWebhook = webhook;
        if (removed.contains("webhookUrl") && webhook != null) {
            nextWebhook = null;
            changed.add("webhookUrl");
        } else if (d.webhookUrl() != null && (webhook == null || !d.webhookUrl().equals(webhook.url()))) {
            nextWebhook = new Webhook(d.webhookUrl(), newWebhookSecret);
            changed.add("webhookUrl");
        }
        Boolean nextDigest = pick(d.digest(), digest, "digest", changed);
        Boolean nextImmediate = pick(d.immediate(), immediate, "immediate", changed);
        List<String> nextResponsible = pick(d.responsibleFor(), responsibleFor, "responsibleFor", changed);
        Boolean nextDefaults = pick(d.defaultSubscriptions(), defaultSubscriptions, "defaultSubscriptions", changed);
        Boolean nextSeesRestricted = pick(d.seesRestricted(), seesRestricted, "seesRestricted", changed);
        if (changed.isEmpty()) {
            return this;
        }
        HistoryTail nextHistory = history.append(List.of(change("updated", now, actor, version + 1, changed)));
        return new Recipient(id, userId, nextName, nextEmail, nextOrganisation, nextCountry, nextLanguage, nextSecond,
                nextZone, nextQuiet, nextTime, nextChannels, nextWebhook, nextDigest, nextImmediate, nextResponsible, nextDefaults,
                nextSeesRestricted, version + 1, nextHistory, createdAt, now, requestDigest);
    }

    /** A change: who made it, and the names of the fields it changed ({@code after.fields}). */
    private static Change change(String kind, Instant at, String by, long version, List<String> fields) {
        return new Change(at, by, kind, version, null, Map.of(CHANGED_FIELDS, List.copyOf(fields)), null);
    }

    @Override
    public Recipient withHistory(HistoryTail next) {
        return new Recipient(id, userId, name, email, organisation, country, language, secondLanguage, timeZone,
                quietHours, deliveryTime, channels, webhook, digest, immediate, responsibleFor, defaultSubscriptions,
                seesRestricted, version, next, createdAt, updatedAt, requestDigest);
    }

    /** Whether this recipient is the signed-in user {@code subject}. */
    public boolean belongsTo(String subject) {
        return userId != null && userId.equals(subject);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The local time alerts arrive, or {@code fallback} (the service's default) when none was chosen. */
    public LocalTime deliveryTimeOr(LocalTime fallback) {
        return deliveryTime == null ? fallback : LocalTime.parse(deliveryTime);
    }

    public boolean quietAt(LocalTime time) {
        return quietHours != null && quietHours.contains(time);
    }

    public boolean uses(Channel channel) {
        return channels.contains(channel);
    }

    /** Changes that move this recipient's alerts in time or change who gets what. */
    public boolean schedulingDiffers(Recipient other) {
        return other == null || !Objects.equals(timeZone, other.timeZone)
                || !Objects.equals(quietHours, other.quietHours) || !Objects.equals(deliveryTime, other.deliveryTime)
                || !Objects.equals(immediate, other.immediate) || !Objects.equals(digest, other.digest)
                || !Objects.equals(responsibleFor, other.responsibleFor)
                || defaultSubscriptions != other.defaultSubscriptions
                || !Objects.equals(seesRestricted, other.seesRestricted);
    }

    private static List<Channel> ordered(Set<Channel> channels) {
        return new ArrayList<>(new LinkedHashSet<>(channels.stream().sorted().toList()));
    }

    private static String text(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static <T> T pick(T proposed, T current, String field, List<String> changed) {
        return pick(proposed, current, field, changed, false);
    }

    private static <T> T pick(T proposed, T current, String field, List<String> changed, boolean clear) {
        if (clear) {
            if (current != null) {
                changed.add(field);
            }
            return null;
        }
        if (proposed == null || proposed.equals(current)) {
            return current;
        }
        changed.add(field);
        return proposed;
    }
}
