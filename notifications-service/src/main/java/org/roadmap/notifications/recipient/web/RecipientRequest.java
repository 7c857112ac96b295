package org.roadmap.notifications.recipient.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.platform.web.NotRemovable;

/**
 * A recipient as sent by a client: to create one (the required fields enforced by
 * {@link RecipientRequests#forCreation}) or, as a merge patch, to change some fields.
 *
 * @param userId         the sign-in ({@code sub}) of the person; set from the caller's token unless an admin
 *                       registers someone else (absent for staff without an account); fixed once created
 * @param email          needed for the e-mail channel; {@code null} in a patch removes it (then not with that channel)
 * @param language       {@code en}, {@code es} or {@code ja}
 * @param secondLanguage for bilingual messages; {@code null} in a patch removes it
 * @param timeZone       IANA zone, e.g. {@code Asia/Tokyo}
 * @param quietHours     local hours without alerts; {@code null} in a patch removes them
 * @param deliveryTime   local time alerts arrive, {@code HH:mm} (default 09:00)
 * @param channels       any of {@code email}, {@code webhook}, {@code inbox} (default e-mail and inbox)
 * @param webhookUrl     needed for the webhook channel; its signing secret is returned once; {@code null} in a patch
 *                       removes the webhook (then not with that channel)
 * @param digest         one message a day instead of one per alert
 * @param immediate      alerts as soon as they are due instead of at the delivery time; quiet hours still hold
 *                       (default false; not with {@code digest}, which is held to a time by definition)
 * @param responsibleFor responsible entities whose commitments' deadlines are followed by default (default: the organisation)
 * @param seesRestricted whether alerts about restricted commitments reach this person: set by the working group for
 *                       those it registers (default false); for one's own recipient, one's token decides
 */
record RecipientRequest(
        @NotRemovable @Size(max = 200) String userId,
        @NotRemovable @Schema(requiredMode = REQUIRED) @Size(min = 1, max = 200) String name,
        @Email @Size(max = 254) String email,
        @NotRemovable @Schema(requiredMode = REQUIRED) @Size(min = 1, max = 200) String organisation,
        @NotRemovable @Schema(requiredMode = REQUIRED)
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code, e.g. JP or PE") String country,
        @NotRemovable @Schema(requiredMode = REQUIRED, allowableValues = {"en", "es", "ja"}) String language,
        @Schema(allowableValues = {"en", "es", "ja"}) String secondLanguage,
        @NotRemovable @Schema(requiredMode = REQUIRED) String timeZone,
        @Valid QuietHoursRequest quietHours,
        @NotRemovable String deliveryTime,
        @NotRemovable @Size(min = 1, max = 3)
        @ArraySchema(schema = @Schema(allowableValues = {"email", "webhook", "inbox"})) List<String> channels,
        String webhookUrl,
        @NotRemovable Boolean digest,
        @NotRemovable Boolean immediate,
        @NotRemovable @Size(max = 20) List<@NotBlank @Size(max = 200) String> responsibleFor,
        @NotRemovable Boolean defaultSubscriptions,
        @NotRemovable Boolean seesRestricted) {

    /** @param from first quiet minute, {@code HH:mm}; @param to first minute after them */
    record QuietHoursRequest(String from, String to) {
    }
}
