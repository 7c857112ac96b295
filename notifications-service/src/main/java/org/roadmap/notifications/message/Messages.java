package org.roadmap.notifications.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.AlertKind;
import org.roadmap.notifications.alert.Occasion;
import org.roadmap.notifications.recipient.Language;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.subscription.EventKind;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes alerts in the recipient's language from the templates in {@code messages/notifications_*.properties}:
 * dates in the recipient's zone and their locale's long format, meeting times in Tokyo and in Lima
 * (and the recipient's own zone when it is neither), and both languages for bilingual recipients.
 */
@Component
public class Messages {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId LIMA = ZoneId.of("America/Lima");

    private static final int WRITTEN_KEPT = 4096;

    private final MessageSource templates;
    /** Recently written alerts without greeting, least recently used dropped first. */
    private final Map<PartKey, Message> written = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PartKey, Message> eldest) {
                    return size() > WRITTEN_KEPT;
                }
            });

    public Messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/notifications");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.templates = source;
    }

    public Message render(Alert alert, Recipient recipient, boolean late, Instant now) {
        return inLanguages(recipient, language -> single(alert, recipient, language, late, now));
    }

    /**
     * One message for all of a recipient's alerts of {@code day} (the daily digest): each alert's subject
     * and text in turn, with one greeting and one closing.
     */
    public Message renderDigest(List<Alert> alerts, Recipient recipient, LocalDate day, Instant now) {
        return inLanguages(recipient, language -> {
            StringBuilder body = new StringBuilder();
            body.append(text(language, "greeting", recipient.name())).append("\n\n");
            body.append(text(language, "digest.intro", day(day, language), alerts.size())).append("\n\n");
            int number = 1;
            for (Alert alert : alerts) {
                Object[] args = args(alert.occasion(), recipient.zone(), language, now);
                body.append(text(language, "digest.item", number++, text(language, alert.kind().code() + ".subject",
                        args))).append("\n\n");
                body.append(text(language, alert.kind().code() + ".body", args)).append("\n\n");
            }
            return new Message(text(language, "digest.subject", alerts.size(), day(day, language)),
                    closed(body, language));
        });
    }

    private Message inLanguages(Recipient recipient, java.util.function.Function<Language, Message> write) {
        Message first = write.apply(recipient.language());
        if (recipient.secondLanguage() == null) {
            return first;
        }
        Message second = write.apply(recipient.secondLanguage());
        return new Message(first.subject() + " / " + second.subject(), first.body() + "\n\n"
                + text(recipient.secondLanguage(), "bilingual.separator", recipient.secondLanguage().code()
                        .toUpperCase(Locale.ROOT)) + "\n\n" + second.body());
    }

    private Message single(Alert alert, Recipient recipient, Language language, boolean late, Instant now) {
        ZoneId zone = recipient.zone();
        PartKey key = new PartKey(language, zone, alert.occasion(), alert.kind(), now.atZone(zone).toLocalDate(), late,
                late ? alert.dueAt() : null);
        Message rest = written.computeIfAbsent(key, k -> withoutGreeting(alert, k, now));
        return new Message(rest.subject(), text(language, "greeting", recipient.name()) + "\n\n" + rest.body());
    }

    /** All of one alert's message but the greeting: the same for every recipient with the same key. */
    private Message withoutGreeting(Alert alert, PartKey key, Instant now) {
        Object[] args = args(alert.occasion(), key.zone(), key.language(), now);
        String kind = alert.kind().code();
        StringBuilder body = new StringBuilder();
        if (key.late()) {
            body.append(text(key.language(), "late.notice", dateTime(alert.dueAt(), key.zone(), key.language())))
                    .append("\n\n");
        }
        body.append(text(key.language(), kind + ".body", args)).append("\n\n");
        return new Message(text(key.language(), kind + ".subject", args), closed(body, key.language()));
    }

    /**
     * What a written alert depends on besides the recipient's name: fan-out to thousands of recipients
     * renders each template once per language, zone and day.
     */
    private record PartKey(Language language, ZoneId zone, Occasion occasion, AlertKind kind, LocalDate today,
            boolean late, Instant lateDue) {
    }

    private String closed(StringBuilder body, Language language) {
        body.append(text(language, "closing")).append("\n\n");
        body.append(text(language, "signature")).append("\n\n-- \n");
        body.append(text(language, "footer")).append('\n');
        return body.toString();
    }

    /** The arguments of the kind templates; {5}, once the recipient's name, is no longer used by any. */
    private Object[] args(Occasion o, ZoneId zone, Language language, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        long daysAhead = 0;
        long daysOverdue = 0;
        String date = "";
        if (o.date() != null) {
            date = day(o.date(), language);
            daysAhead = Math.max(0, ChronoUnit.DAYS.between(today, o.date()));
            daysOverdue = Math.max(0, ChronoUnit.DAYS.between(o.date(), today));
        } else if (o.start() != null) {
            date = day(o.start().atZone(zone).toLocalDate(), language);
            daysAhead = Math.max(0, ChronoUnit.DAYS.between(today, o.start().atZone(zone).toLocalDate()));
        }
        return new Object[] {o.reference(), title(o, language), date, daysAhead, o.milestoneTitle(), "",
                roadMap(o.roadMapId(), language), entities(o, language), meetingTimes(o, zone, language),
                venue(o.venueCity(), language), o.periodStart() == null ? "" : day(o.periodStart(), language),
                o.date() == null ? "" : day(o.date(), language), daysOverdue,
                o.tentative() ? "  " + text(language, "meeting.tentative") + "\n" : ""};
    }

    private String meetingTimes(Occasion o, ZoneId own, Language language) {
        if (o.start() == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("  " + text(language, "time.tokyo", dateTime(o.start(), TOKYO, language)));
        lines.add("  " + text(language, "time.lima", dateTime(o.start(), LIMA, language)));
        if (!own.getId().equals(TOKYO.getId()) && !own.getId().equals(LIMA.getId())) {
            lines.add("  " + text(language, "time.yours", dateTime(o.start(), own, language)));
        }
        return String.join("\n", lines);
    }

    private String entities(Occasion o, Language language) {
        return o.entityNames().isEmpty() ? text(language, "responsible.none") : String.join("; ", o.entityNames());
    }

    /** A meeting series' name in the language when the templates know it, else as meetings-service wrote it. */
    private String title(Occasion o, Language language) {
        boolean aboutSeries = o.kind() == EventKind.MEETING || o.kind() == EventKind.CADENCE;
        return aboutSeries && o.seriesId() != null ? optional("series." + o.seriesId(), language, o.title())
                : o.title();
    }

    private String venue(String city, Language language) {
        return city == null ? "" : optional("venue." + city.toLowerCase(Locale.ROOT).replace(' ', '-'), language, city);
    }

    private String optional(String key, Language language, String fallback) {
        try {
            return templates.getMessage(key, null, language.locale());
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }

    private String roadMap(String roadMapId, Language language) {
        try {
            return templates.getMessage("roadmap." + roadMapId, null, language.locale());
        } catch (NoSuchMessageException e) {
            return text(language, "roadmap.default");
        }
    }

    /** e.g. "Monday, 17 November 2025", "lunes, 17 de noviembre de 2025" (Peru: "setiembre"), "2025年11月17日月曜日". */
    static String day(LocalDate date, Language language) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale()));
    }

    /** A date, time and zone name in the language, e.g. "2025年9月16日火曜日 10:00 日本標準時". */
    static String dateTime(Instant instant, ZoneId zone, Language language) {
        ZonedDateTime at = instant.atZone(zone);
        return day(at.toLocalDate(), language) + " "
                + at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale())) + " ("
                + at.format(DateTimeFormatter.ofPattern("zzzz", language.locale())) + ")";
    }

    private String text(Language language, String key, Object... args) {
        return templates.getMessage(key, args, language.locale());
    }
}
