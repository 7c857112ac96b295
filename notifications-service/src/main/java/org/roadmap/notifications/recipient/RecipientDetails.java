package org.roadmap.notifications.recipient;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What a recipient is, as asked for; checked by the web layer. Absent fields of an update keep
 * their value.
 *
 * @param immediate      alerts as soon as they are due instead of at the delivery time
 * @param responsibleFor names of the responsible entities whose commitments' deadlines this person
 *                       follows by default, e.g. {@code Ministry of Energy and Mines (MINEM)}
 */
public record RecipientDetails(
        String name,
        String email,
        String organisation,
        String country,
        Language language,
        Language secondLanguage,
        ZoneId timeZone,
        QuietHours quietHours,
        LocalTime deliveryTime,
        Set<Channel> channels,
        String webhookUrl,
        Boolean digest,
        Boolean immediate,
        List<String> responsibleFor,
        Boolean defaultSubscriptions) {
}
