package org.roadmap.notifications.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.Occasion;
import org.roadmap.notifications.recipient.Language;
import org.roadmap.notifications.recipient.Recipient;
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

    private final MessageSource templates;

    public Messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/notifications");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.templates = source;
    }

    public Message render(Alert alert, Recipient recipient, boolean late, Instant now) {
        Message first = single(alert, recipient, recipient.language(), late, now);
        if (recipient.secondLanguage() == null) {
            return first;
        }
        Message second = single(alert, recipient, recipient.secondLanguage(), late, now);
        return new Message(first.subject() + " / " + second.subject(), first.body() + "\n\n"
                + text(recipient.secondLanguage(), "bilingual.separator", recipient.secondLanguage().code()
                        .toUpperCase(Locale.ROOT)) + "\n\n" + second.body());
    }

    private Message single(Alert alert, Recipient recipient, Language language, boolean late, Instant now) {
        Occasion o = alert.occasion();
        ZoneId zone = recipient.zone();
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
        Object[] args = {o.reference(), o.title(), date, daysAhead, o.milestoneTitle(), recipient.name(),
                roadMap(o.roadMapId(), language), entities(o, language), meetingTimes(o, zone, language),
                o.venueCity(), o.periodStart() == null ? "" : day(o.periodStart(), language),
                o.date() == null ? "" : day(o.date(), language), daysOverdue};
        String kind = alert.kind().code();
        String subject = text(language, kind + ".subject", args);
        StringBuilder body = new StringBuilder();
        body.append(text(language, "greeting", recipient.name())).append("\n\n");
        if (late) {
            body.append(text(language, "late.notice", dateTime(alert.dueAt(), zone, language))).append("\n\n");
        }
        body.append(text(language, kind + ".body", args)).append("\n\n");
        body.append(text(language, "closing")).append("\n\n");
        body.append(text(language, "signature")).append("\n\n-- \n");
        body.append(text(language, "footer")).append('\n');
        return new Message(subject, body.toString());
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
