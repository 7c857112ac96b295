package org.roadmap.meetings.series.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.roadmap.meetings.series.CadenceRule;
import org.roadmap.meetings.series.Venue;
import org.roadmap.meetings.series.VenueRule;
import org.roadmap.platform.web.InputErrors;
import org.roadmap.platform.web.InvalidInputException;
import org.roadmap.platform.web.NotRemovable;

/** Request bodies about meeting series. */
final class SeriesRequests {

    static final String REFERENCE = "[IVXL]{1,6}\\.[0-9]{1,3}";
    static final String REFERENCE_MESSAGE = "must be a road map reference such as I.2";

    private SeriesRequests() {
    }

    /**
     * A series to create.
     *
     * @param id          kebab-case id, e.g. {@code political-dialogue-mechanism}; generated when absent
     * @param commitments road map references of the commitments it serves, e.g. {@code ["I.2", "I.5"]}
     * @param timeZone    IANA zone of the recurrence and of the cadence periods; defaults to the first venue's
     * @param duration    ISO 8601 duration of one meeting, e.g. {@code PT4H}
     */
    record CreateSeries(
            @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
            String id,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
            String roadMapId,
            @NotBlank @Size(max = TextLimits.SERIES_TITLE) String title,
            @Size(max = TextLimits.ORGANISER) String organiser,
            @Size(max = 5_000) String description,
            @Size(max = ListLimits.SERIES_COMMITMENTS)
            List<@NotNull @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String> commitments,
            @Size(max = TextLimits.TIME_ZONE) String timeZone,
            @Size(max = 32) String duration,
            @Valid RecurrenceBody recurrence,
            @Valid VenueRuleBody venue,
            @Valid CadenceBody cadence) {
    }

    /** A merge patch of a series: absent fields stay; {@code "recurrence": null} stops the recurrence from now on. */
    record UpdateSeries(
            @NotRemovable @Size(min = 1, max = TextLimits.SERIES_TITLE) @Pattern(regexp = ".*\\S.*",
                    message = "must not be blank") String title,
            @NotRemovable @Size(max = TextLimits.ORGANISER) String organiser,
            @Size(max = 5_000) String description,
            @NotRemovable @Size(max = ListLimits.SERIES_COMMITMENTS)
            List<@NotNull @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String> commitments,
            @NotRemovable @Size(max = TextLimits.TIME_ZONE) String timeZone,
            @NotRemovable @Size(max = 32) String duration,
            @Valid RecurrenceBody recurrence,
            @NotRemovable @Valid VenueRuleBody venue,
            @NotRemovable @Valid CadenceBody cadence) {
    }

    /**
     * @param rule       RFC 5545 RRULE value, e.g. {@code FREQ=YEARLY;INTERVAL=2}
     * @param firstStart DTSTART: the first meeting's wall-clock start at its venue, e.g. {@code 2025-09-16T10:00}
     */
    record RecurrenceBody(@Size(max = 500) String rule, @Size(max = 40) String firstStart) {

        LocalDateTime firstStartTime() {
            if (firstStart == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(firstStart.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("recurrence.firstStart",
                        "must be a wall-clock date-time without offset, such as 2025-09-16T10:00");
            }
        }
    }

    /** @param rule {@code fixed}, {@code alternating} or {@code per-occurrence} */
    record VenueRuleBody(@NotBlank @Schema(allowableValues = {"fixed", "alternating", "per-occurrence"}) String rule,
            @Size(max = ListLimits.VENUES) List<@Valid VenueBody> venues) {

        VenueRule toRule() {
            return new VenueRule(rule, venues == null ? List.of()
                    : venues.stream().map(v -> v == null ? null : v.toVenue()).toList());
        }
    }

    /** @param timeZone optional: a venue is in its party's zone */
    record VenueBody(@Size(max = TextLimits.PLACE_NAME) String city, @Size(max = 2) String country,
            @Size(max = TextLimits.TIME_ZONE) String timeZone) {

        Venue toVenue() {
            return new Venue(city, country, timeZone);
        }
    }

    /** @param kind {@code annual}, {@code biennial} or {@code periodic} */
    record CadenceBody(@Pattern(regexp = "annual|biennial|periodic", message = "must be annual, biennial or periodic")
            String kind, @Size(max = 10) String firstPeriod, @Size(max = 10) String lastDay) {

        CadenceRule toRule() {
            InputErrors errors = new InputErrors();
            LocalDate first = errors.check(() -> date("cadence.firstPeriod", firstPeriod));
            LocalDate last = errors.check(() -> date("cadence.lastDay", lastDay));
            errors.throwIfAny();
            return new CadenceRule(kind, first, last);
        }

        private static LocalDate date(String field, String text) {
            try {
                return text == null ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "must be a date such as 2025-01-01");
            }
        }
    }
}
