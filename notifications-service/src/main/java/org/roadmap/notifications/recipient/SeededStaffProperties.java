package org.roadmap.notifications.recipient;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff whose recipients are created on first start ({@code roadmap.notifications.seed}), so that
 * someone signing in to the dashboard has an inbox: on the embedded default, the local issuer's seeded
 * users (identity/'s application.yml).
 *
 * @param enabled off where the users come from another identity provider
 * @param users   the staff, as their tokens describe them
 */
@ConfigurationProperties("roadmap.notifications.seed")
record SeededStaffProperties(@DefaultValue("true") boolean enabled, List<User> users) {

    SeededStaffProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param userId       the token's {@code sub}
     * @param organisation the token's {@code org}: the responsible entity whose deadlines they follow
     * @param country      the token's {@code country}; absent for the working group
     * @param locale       {@code en}, {@code es} or {@code ja}
     * @param zoneinfo     IANA time zone
     * @param seesRestricted whether their role sees restricted commitments (admin, editor, reader do), so that
     *                     alerts about them reach this person; true by default, as for the local issuer's staff
     */
    record User(String userId, String name, String organisation, String country, String locale, String zoneinfo,
            @DefaultValue("true") boolean seesRestricted) {
    }
}
