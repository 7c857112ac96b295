package org.roadmap.platform.test;

import java.util.List;

/**
 * Someone signed in, as the claims of their token describe them (docs/adr/0006). The constants
 * mirror the local issuer's seeded users so tests speak of the same people a newcomer meets.
 *
 * @param organisation the exact name of a responsible entity, e.g. as in the road map's annotations
 * @param country      ISO 3166-1 alpha-2 of the user's side; {@code null} for the working group and integrators
 * @param roles        {@code editor}, {@code admin}, {@code reader} or {@code integrator}
 */
public record TestUser(String subject, String name, String organisation, String country, List<String> roles,
        String locale, String zone) {

    public static final TestUser JP_EDITOR = new TestUser("jp-editor", "Aiko Tanaka",
            "Ministry of Foreign Affairs of Japan (MOFA)", "JP", List.of("editor"), "ja", "Asia/Tokyo");
    public static final TestUser PE_EDITOR = new TestUser("pe-editor", "Lucía Quispe",
            "Ministry of Foreign Affairs of Peru (MRE)", "PE", List.of("editor"), "es", "America/Lima");
    public static final TestUser WG_ADMIN = new TestUser("wg-admin", "Road Map working group",
            "Japan–Peru Road Map working group", null, List.of("admin"), "en", "UTC");
    public static final TestUser STAFF_READER = new TestUser("staff-reader", "Kenji Sato",
            "Embassy of Japan in Peru", "JP", List.of("reader"), "en", "America/Lima");
    public static final TestUser INTEGRATOR = new TestUser("integrator", "Statistics integration",
            "National Institute of Statistics and Informatics of Peru (INEI)", null, List.of("integrator"), "en", "UTC");
    /**
     * Someone signed in at a shared OIDC provider whose token carries the platform's audience but no
     * roles of it: reads what is not restricted, changes nothing.
     */
    public static final TestUser WITHOUT_ROLES = new TestUser("shared-idp-user", "Someone of another agency",
            "Another agency", "PE", List.of(), "es", "America/Lima");

    /** The same person in another organisation, e.g. an editor of a line ministry. */
    public TestUser of(String subject, String organisation, String country) {
        return new TestUser(subject, name, organisation, country, roles, locale, zone);
    }
}
