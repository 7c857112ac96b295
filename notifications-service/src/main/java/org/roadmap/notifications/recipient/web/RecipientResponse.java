package org.roadmap.notifications.recipient.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.QuietHours;
import org.roadmap.notifications.recipient.Recipient;

/**
 * A recipient as shown to clients. The webhook's signing secret appears only in the answer that
 * set it (creation, or a change of the URL).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecipientResponse(
        String id,
        String userId,
        String name,
        String email,
        String organisation,
        String country,
        String language,
        String secondLanguage,
        String timeZone,
        QuietHours quietHours,
        String deliveryTime,
        List<String> channels,
        String webhookUrl,
        String webhookSecret,
        boolean digest,
        boolean immediate,
        List<String> responsibleFor,
        boolean defaultSubscriptions,
        boolean seesRestricted,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static RecipientResponse of(Recipient r, boolean showSecret, String defaultDeliveryTime) {
        return new RecipientResponse(r.id(), r.userId(), r.name(), r.email(), r.organisation(), r.country(), r.language().code(),
                r.secondLanguage() == null ? null : r.secondLanguage().code(), r.timeZone(), r.quietHours(),
                r.deliveryTime() == null ? defaultDeliveryTime : r.deliveryTime(),
                r.channels().stream().map(Channel::code).toList(), r.webhook() == null ? null : r.webhook().url(),
                showSecret && r.webhook() != null ? r.webhook().secret() : null, r.digest(), r.immediate(), r.responsibleFor(),
                r.defaultSubscriptions(), r.seesRestricted(), r.version(), r.createdAt(), r.updatedAt());
    }
}
