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
import org.roadmap.platform.web.InvalidInputException;

/** Turns requests into checked {@link RecipientDetails}, naming the field at fault. */
final class RecipientRequests {

    private RecipientRequests() {
    }

    static RecipientDetails forCreation(RecipientRequest r, WebhookTargets targets) {
        require(r.name(), "name");
        require(r.organisation(), "organisation");
        require(r.country(), "country");
        require(r.language(), "language");
        require(r.timeZone(), "timeZone");
        RecipientDetails details = details(r, targets);
        Set<Channel> channels = details.channels() == null ? Set.of(Channel.EMAIL, Channel.INBOX) : details.channels();
        if (channels.contains(Channel.WEBHOOK) && details.webhookUrl() == null) {
            throw new InvalidInputException("webhookUrl", "is needed for the webhook channel");
        }
        if (channels.contains(Channel.EMAIL)) {
            require(details.email(), "email");
        }
        checkDeliveryTime(details.deliveryTime(), details.quietHours());
        checkLanguages(details.language(), details.secondLanguage());
        checkTiming(Boolean.TRUE.equals(details.immediate()), Boolean.TRUE.equals(details.digest()));
        return details;
    }

    static RecipientDetails forUpdate(RecipientRequest r, Recipient current, WebhookTargets targets) {
        RecipientDetails details = details(r, targets);
        Set<Channel> channels = details.channels() == null ? Set.copyOf(current.channels()) : details.channels();
        if (channels.contains(Channel.WEBHOOK) && details.webhookUrl() == null && current.webhook() == null) {
            throw new InvalidInputException("webhookUrl", "is needed for the webhook channel");
        }
        if (channels.contains(Channel.EMAIL) && details.email() == null && current.email() == null) {
            throw new InvalidInputException("email", "is needed for the e-mail channel");
        }
        QuietHours quiet = details.quietHours() == null ? current.quietHours() : details.quietHours();
        LocalTime time = details.deliveryTime() == null ? current.deliveryTimeOr(null) : details.deliveryTime();
        checkDeliveryTime(time, quiet);
        checkLanguages(details.language() == null ? current.language() : details.language(),
                details.secondLanguage() == null ? current.secondLanguage() : details.secondLanguage());
        checkTiming(details.immediate() == null ? current.immediate() : details.immediate(),
                details.digest() == null ? current.digest() : details.digest());
        return details;
    }

    private static RecipientDetails details(RecipientRequest r, WebhookTargets targets) {
        Language language = r.language() == null ? null : parse("language", () -> Language.ofCode(r.language()));
        Language second = r.secondLanguage() == null ? null
                : parse("secondLanguage", () -> Language.ofCode(r.secondLanguage()));
        ZoneId zone = r.timeZone() == null ? null : zone(r.timeZone());
        QuietHours quiet = null;
        if (r.quietHours() != null) {
            LocalTime from = time("quietHours.from", r.quietHours().from());
            LocalTime to = time("quietHours.to", r.quietHours().to());
            if (from.equals(to)) {
                throw new InvalidInputException("quietHours", "must end at another time than it starts");
            }
            quiet = new QuietHours(from.toString(), to.toString());
        }
        LocalTime deliveryTime = r.deliveryTime() == null ? null : time("deliveryTime", r.deliveryTime());
        Set<Channel> channels = null;
        if (r.channels() != null) {
            channels = new LinkedHashSet<>();
            for (String code : r.channels()) {
                channels.add(parse("channels", () -> Channel.ofCode(code)));
            }
        }
        String webhookUrl = null;
        if (r.webhookUrl() != null) {
            try {
                webhookUrl = targets.check(r.webhookUrl().strip()).toString();
            } catch (WebhookTargets.RefusedTargetException e) {
                throw new InvalidInputException("webhookUrl", e.getMessage());
            }
        }
        return new RecipientDetails(strip(r.name()), strip(r.email()), strip(r.organisation()), r.country(), language,
                second, zone, quiet, deliveryTime, channels, webhookUrl, r.digest(), r.immediate(), r.responsibleFor(),
                r.defaultSubscriptions(), r.seesRestricted());
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

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
