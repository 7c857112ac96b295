package org.roadmap.notifications.recipient.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Language;
import org.roadmap.notifications.recipient.QuietHours;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientDetails;
import org.roadmap.notifications.webhook.WebhookTargets;
import org.roadmap.platform.web.InputErrors;
import org.roadmap.platform.web.InvalidInputException;
import org.roadmap.platform.web.MergePatch;

/**
 * Turns requests into checked {@link RecipientDetails}, naming every field at fault at once: the
 * request's constraints and these checks go into one problem.
 */
final class RecipientRequests {

    private RecipientRequests() {
    }

    static RecipientDetails forCreation(RecipientRequest r, WebhookTargets targets) {
        InputErrors errors = new InputErrors().validate(r);
        require(errors, r.name(), "name");
        require(errors, r.organisation(), "organisation");
        require(errors, r.country(), "country");
        require(errors, r.language(), "language");
        require(errors, r.timeZone(), "timeZone");
        RecipientDetails details = details(r, targets, errors);
        Set<Channel> channels = details.channels() == null ? Set.of(Channel.EMAIL, Channel.INBOX) : details.channels();
        if (channels.contains(Channel.WEBHOOK) && details.webhookUrl() == null && !errors.has("webhookUrl")) {
            errors.add("webhookUrl", "is needed for the webhook channel");
        }
        if (channels.contains(Channel.EMAIL)) {
            require(errors, details.email(), "email");
        }
        checkTogether(errors, details.deliveryTime(), details.quietHours(), details.language(), details.secondLanguage(),
                Boolean.TRUE.equals(details.immediate()), Boolean.TRUE.equals(details.digest()));
        errors.throwIfAny();
        return details;
    }

    /**
     * @param removed the fields the patch sets to {@code null}
     * @param errors  what is already wrong with the patch ({@link MergePatch#read}); this adds the rest
     */
    static RecipientDetails forUpdate(RecipientRequest r, Set<String> removed, Recipient current, WebhookTargets targets,
            InputErrors errors) {
        RecipientDetails details = details(r, targets, errors);
        Set<Channel> channels = details.channels() == null ? Set.copyOf(current.channels()) : details.channels();
        boolean webhookKept = !removed.contains("webhookUrl") && (details.webhookUrl() != null || current.webhook() != null);
        if (channels.contains(Channel.WEBHOOK) && !webhookKept && !errors.has("webhookUrl")) {
            errors.add("webhookUrl", "is needed for the webhook channel");
        }
        boolean emailKept = !removed.contains("email") && (details.email() != null || current.email() != null);
        if (channels.contains(Channel.EMAIL) && !emailKept && !errors.has("email")) {
            errors.add("email", "is needed for the e-mail channel");
        }
        checkTogether(errors, details.deliveryTime() == null ? current.deliveryTimeOr(null) : details.deliveryTime(),
                details.quietHours() == null ? current.quietHours() : details.quietHours(),
                details.language() == null ? current.language() : details.language(),
                details.secondLanguage() == null ? current.secondLanguage() : details.secondLanguage(),
                details.immediate() == null ? current.immediate() : details.immediate(),
                details.digest() == null ? current.digest() : details.digest());
        errors.throwIfAny();
        return details;
    }

    private static RecipientDetails details(RecipientRequest r, WebhookTargets targets, InputErrors errors) {
        Language language = r.language() == null ? null
                : errors.parse("language", () -> Language.ofCode(r.language()));
        Language second = r.secondLanguage() == null ? null
                : errors.parse("secondLanguage", () -> Language.ofCode(r.secondLanguage()));
        ZoneId zone = r.timeZone() == null ? null : errors.check(() -> zone(r.timeZone()));
        QuietHours quiet = r.quietHours() == null ? null : errors.check(() -> quietHours(r.quietHours()));
        LocalTime deliveryTime = r.deliveryTime() == null ? null
                : errors.check(() -> time("deliveryTime", r.deliveryTime()));
        Set<Channel> channels = null;
        if (r.channels() != null) {
            channels = new LinkedHashSet<>();
            for (String code : r.channels()) {
                Channel channel = errors.parse("channels", () -> Channel.ofCode(code));
                if (channel != null) {
                    channels.add(channel);
                }
            }
        }
        String webhookUrl = r.webhookUrl() == null || errors.has("webhookUrl") ? null : errors.check(() -> {
            try {
                return targets.check(r.webhookUrl().strip()).toString();
            } catch (WebhookTargets.RefusedTargetException e) {
                throw new InvalidInputException("webhookUrl", e.getMessage());
            }
        });
        return new RecipientDetails(strip(r.name()), strip(r.email()), strip(r.organisation()), r.country(), language,
                second, zone, quiet, deliveryTime, channels, webhookUrl, r.digest(), r.immediate(), r.responsibleFor(),
                r.defaultSubscriptions(), r.seesRestricted());
    }

    private static QuietHours quietHours(RecipientRequest.QuietHoursRequest request) {
        InputErrors errors = new InputErrors();
        LocalTime from = errors.check(() -> time("quietHours.from", request.from()));
        LocalTime to = errors.check(() -> time("quietHours.to", request.to()));
        errors.throwIfAny();
        if (from.equals(to)) {
            throw new InvalidInputException("quietHours", "must end at another time than it starts");
        }
        return new QuietHours(from.toString(), to.toString());
    }

    /** The checks of fields that must fit together, each left out when one of its fields is already at fault. */
    private static void checkTogether(InputErrors errors, LocalTime deliveryTime, QuietHours quiet, Language language,
            Language second, boolean immediate, boolean digest) {
        if (!errors.has("deliveryTime") && !errors.has("quietHours")) {
            errors.check(() -> checkDeliveryTime(deliveryTime, quiet));
        }
        if (!errors.has("language") && !errors.has("secondLanguage")) {
            errors.check(() -> checkLanguages(language, second));
        }
        errors.check(() -> checkTiming(immediate, digest));
    }

    private static void checkDeliveryTime(LocalTime time, QuietHours quiet) {
        if (time != null && quiet != null && quiet.contains(time)) {
            throw new InvalidInputException("deliveryTime", "falls within the quiet hours " + quiet.from() + "–"
                    + quiet.to() + "; choose a time outside them");
        }
    }

    /** A daily digest is held to the delivery time by definition, so it cannot also come at once. */
    private static void checkTiming(boolean immediate, boolean digest) {
        if (immediate && digest) {
            throw new InvalidInputException(List.of("immediate", "digest"),
                    "cannot both be true: a daily digest waits for the delivery time; choose one");
        }
    }

    private static void checkLanguages(Language language, Language second) {
        if (second != null && second == language) {
            throw new InvalidInputException("secondLanguage", "must differ from language");
        }
    }

    static ZoneId zone(String id) {
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new InvalidInputException("timeZone",
                    "must be an IANA time zone such as Asia/Tokyo or America/Lima, not '" + id + "'");
        }
        return ZoneId.of(id);
    }

    private static LocalTime time(String field, String value) {
        if (value == null || !value.matches("^([01][0-9]|2[0-3]):[0-5][0-9]$")) {
            throw new InvalidInputException(field, "must be a time of day as HH:mm, e.g. 09:00");
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a time of day as HH:mm, e.g. 09:00");
        }
    }

    private static void require(InputErrors errors, String value, String field) {
        if ((value == null || value.isBlank()) && !errors.has(field)) {
            errors.add(field, "is required");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
