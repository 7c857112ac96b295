package org.roadmap.notifications.subscription.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.platform.web.NotRemovable;

/**
 * A subscription as sent by a client.
 *
 * @param pillar     a pillar's roman numeral, e.g. {@code III}
 * @param kinds      any of {@code deadline}, {@code milestone}, {@code meeting}, {@code cadence}; absent = all
 * @param leadTimes  days ahead per kind; absent kinds keep their defaults
 */
record SubscriptionRequest(
        @NotRemovable @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(min = 1, max = 100) String recipientId,
        @Size(min = 1, max = 200) String roadMapId,
        @Pattern(regexp = "^[IVX]{1,5}$", message = "must be a pillar's roman numeral, e.g. III") String pillar,
        @Size(min = 1, max = 200) String commitmentId,
        @Size(min = 2, max = 200) String responsibleEntity,
        @Size(min = 1, max = 100) String meetingSeriesId,
        @Size(max = 4) @ArraySchema(schema = @Schema(allowableValues = {"deadline", "milestone", "meeting", "cadence"}))
        List<String> kinds,
        LeadTimesRequest leadTimes) {

    /** Days ahead; each list 0 to 10 distinct whole numbers from 1 to 365. */
    record LeadTimesRequest(List<Integer> deadline, List<Integer> milestone, List<Integer> meeting, Boolean overdue) {
    }
}
