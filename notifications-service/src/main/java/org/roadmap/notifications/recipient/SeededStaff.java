package org.roadmap.notifications.recipient;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives each seeded staff user a recipient on start unless they have one: in-app inbox only (their
 * e-mail is not known here), language and zone from their token's data, following their organisation's
 * commitments by default. Idempotent across restarts and replicas; a recipient changed since is kept.
 */
@Component
@EnableConfigurationProperties(SeededStaffProperties.class)
class SeededStaff {

    private static final Logger log = LoggerFactory.getLogger(SeededStaff.class);

    private final RecipientManagement recipients;
    private final SeededStaffProperties properties;

    SeededStaff(RecipientManagement recipients, SeededStaffProperties properties) {
        this.recipients = recipients;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!properties.enabled()) {
            return;
        }
        long created = properties.users().stream().filter(u -> recipients.createOnce(u.userId(), details(u))).count();
        if (created > 0) {
            log.info("Created the inbox recipients of {} seeded staff users", created);
        }
    }

    static RecipientDetails details(SeededStaffProperties.User user) {
        Language language = Language.EN;
        try {
            language = Language.ofCode(user.locale());
        } catch (IllegalArgumentException other) {
            // a locale without message templates reads English
        }
        return new RecipientDetails(user.name(), null, user.organisation(), user.country(), language, null,
                ZoneId.of(user.zoneinfo()), null, null, Set.of(Channel.INBOX), null, false, false,
                List.of(user.organisation()), true, user.seesRestricted());
    }
}
