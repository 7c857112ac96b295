package org.roadmap.meetings.series.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.events.ListLimits;
import org.roadmap.meetings.series.web.SeriesRequests.VenueBody;

/**
 * Request bodies about single meetings. Times without an offset ({@code 2027-10-12T10:00}) are
 * wall-clock times at the venue; with one ({@code 2027-10-12T10:00-05:00}) they are instants.
 */
final class MeetingRequests {

    private MeetingRequests() {
    }

    /**
     * A date for a meeting of the series.
     *
     * @param period the cadence period it is for, e.g. {@code 2027-2028}; checked against the date when given
     * @param venue  required where the series' venue rule does not decide it
     */
    record Schedule(@NotBlank @Size(max = 40) String start, @Size(max = 40) String end, @Valid VenueBody venue,
            @Size(max = 20) String period) {
    }

    /** @param scope {@code this} (default) or {@code this-and-later}: this meeting and every later one of its recurrence */
    record Move(@NotBlank @Size(max = 40) String start, @Size(max = 40) String end, @Valid VenueBody venue,
            @Pattern(regexp = "this|this-and-later", message = "must be this or this-and-later") String scope) {
    }

    record Cancel(@Size(max = 2_000) String reason) {
    }

    /**
     * @param agenda   road map references discussed, e.g. {@code ["I.2", "I.5"]}; defaults to the series' commitments
     * @param outcomes what was agreed, one line each
     * @param minutes  where the minutes are, or a short text
     */
    record Held(@Size(max = ListLimits.AGENDA) List<@NotNull @Pattern(regexp = SeriesRequests.REFERENCE,
                    message = SeriesRequests.REFERENCE_MESSAGE) String> agenda,
            @Size(max = ListLimits.OUTCOMES) List<@NotBlank @Size(max = 2_000) String> outcomes,
            @Size(max = 10_000) String minutes) {
    }
}
