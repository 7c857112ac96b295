package org.roadmap.notifications.recipient;

import java.util.UUID;

/** Recipients as the Japan–Peru Road Map's staff would be registered. */
public final class RecipientMother {

    private RecipientMother() {
    }

    /** A desk officer of MRE Peru in Lima who reads Spanish. */
    public static String limaOfficer(String email) {
        return """
                {"name": "María Quispe", "email": "%s", "organisation": "Ministry of Foreign Affairs of Peru",
                 "country": "PE", "language": "es", "timeZone": "America/Lima",
                 "quietHours": {"from": "21:00", "to": "07:00"}, "channels": ["email", "inbox"]}
                """.formatted(email);
    }

    /** A desk officer of MOFA Japan in Tokyo who reads Japanese. */
    public static String tokyoOfficer(String email) {
        return """
                {"name": "佐藤 花子", "email": "%s", "organisation": "Ministry of Foreign Affairs of Japan",
                 "country": "JP", "language": "ja", "timeZone": "Asia/Tokyo",
                 "quietHours": {"from": "22:00", "to": "07:00"}, "channels": ["email", "inbox"]}
                """.formatted(email);
    }

    /** A system of a ministry that takes alerts by webhook only. */
    public static String webhookReceiver(String url) {
        return """
                {"name": "MINEM case system", "email": "%s", "organisation": "Ministry of Energy and Mines (MINEM)",
                 "country": "PE", "language": "en", "timeZone": "America/Lima", "channels": ["webhook"],
                 "webhookUrl": "%s", "defaultSubscriptions": false}
                """.formatted(uniqueEmail("minem"), url);
    }

    /** The recipient {@code recipientJson} as the signed-in user {@code userId}. */
    public static String forUser(String recipientJson, String userId) {
        return recipientJson.replaceFirst("\\{", "{\"userId\": \"" + userId + "\", ");
    }

    /**
     * A Tokyo officer who reads alerts in the dashboard only and follows the commitments of {@code entity}
     * by default.
     */
    public static String inboxReader(String entity) {
        return tokyoOfficer(uniqueEmail("inbox")).replace("[\"email\", \"inbox\"]", "[\"inbox\"]")
                .replace("\"channels\"", "\"responsibleFor\": [\"" + entity + "\"], \"channels\"");
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
