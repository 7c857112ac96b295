package org.roadmap.meetings.series.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.roadmap.platform.web.InputErrors;
import org.roadmap.platform.web.InvalidInputException;

/**
 * A time window from query parameters: dates ({@code 2027-01-01}) or instants; at most 20 years;
 * with the one more zone ({@code ?tz=}) to show times in, if asked for.
 */
record Window(Instant from, Instant to, ZoneId zone) {

    static final Duration LONGEST = Duration.ofDays(366 * 20);

    /** @throws InvalidInputException naming each of {@code from}, {@code to} and {@code tz} that is wrong */
    static Window of(String from, String to, String tz) {
        InputErrors errors = new InputErrors();
        ZoneId zone = errors.check(() -> zone(tz));
        Instant start = from == null || from.isBlank()
                ? LocalDate.now(ZoneOffset.UTC).withDayOfYear(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                : errors.check(() -> instant("from", from));
        Instant end = to == null || to.isBlank() ? start == null ? null : start.atOffset(ZoneOffset.UTC).plusYears(1).toInstant()
                : errors.check(() -> instant("to", to));
        errors.throwIfAny();
        if (!end.isAfter(start)) {
            throw new InvalidInputException("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("to", "must be at most 20 years after from");
        }
        return new Window(start, end, zone);
    }

    /** The zone of {@code ?tz=}, or none. */
    static ZoneId zone(String tz) {
        if (tz == null) {
            return null;
        }
        try {
            if (tz.isBlank() || !tz.contains("/") && !tz.equals("UTC")) {
                throw new DateTimeException(tz);
            }
            return ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("tz", "must be an IANA time zone such as Europe/Madrid; '" + tz
                    + "' is not one");
        }
    }

    private static Instant instant(String field, String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2027-01-01 or an instant such as 2027-01-01T00:00:00Z");
        }
    }
}
