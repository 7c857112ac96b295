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
 * @param seesRestricted whether alerts about restricted commitments reach this person, see
 *                       {@link Recipient#seesRestricted}
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
        Boolean defaultSubscriptions,
        Boolean seesRestricted) {

    /** The same details with {@code seesRestricted} as the caller's token says, for one's own recipient. */
    public RecipientDetails seeingRestricted(boolean sees) {
        return new RecipientDetails(name, email, organisation, country, language, secondLanguage, timeZone, quietHours,
                deliveryTime, channels, webhookUrl, digest, immediate, responsibleFor, defaultSubscriptions, sees);
    }
}
