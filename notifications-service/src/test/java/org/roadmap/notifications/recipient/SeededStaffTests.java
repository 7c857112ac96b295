package org.roadmap.notifications.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class SeededStaffTests extends ServiceTest {

    @Autowired
    SeededStaff seed;
    @Autowired
    RecipientManagement recipients;

    @Test
    void seededStaffHaveAnInboxOnlyRecipientInTheirLanguageZoneAndOrganisation() {
        JsonNode mine = json(api().as(TestUser.PE_EDITOR).get("/api/v1/recipients")).get(0);

        assertThat(mine.get("userId").asString()).isEqualTo("pe-editor");
        assertThat(mine.get("name").asString()).isEqualTo("Lucía Quispe");
        assertThat(mine.has("email")).isFalse();
        assertThat(mine.get("channels").valueStream().map(JsonNode::asString).toList()).containsExactly("inbox");
        assertThat(mine.get("language").asString()).isEqualTo("es");
        assertThat(mine.get("timeZone").asString()).isEqualTo("America/Lima");
        assertThat(mine.get("responsibleFor").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Ministry of Foreign Affairs of Peru (MRE)");
        assertThat(api().as(TestUser.STAFF_READER).get("/api/v1/inbox").statusCode()).isEqualTo(200);
        assertThat(api().as(TestUser.INTEGRATOR).get("/api/v1/inbox").statusCode()).isEqualTo(404);
    }

    @Test
    void seedingAgainCreatesNothingAndKeepsWhatStaffChanged() {
        String path = "/api/v1/recipients/" + recipients.ofUser("jp-editor").orElseThrow().id();
        long version = recipients.ofUser("jp-editor").orElseThrow().version();
        api().as(TestUser.JP_EDITOR).patch(path, "{\"deliveryTime\": \"08:00\"}", "If-Match", "\"" + version + "\"");

        seed.seed();

        List<String> seeded = recipients.all().stream().map(Recipient::userId).filter(Objects::nonNull)
                .filter(List.of("jp-editor", "pe-editor", "wg-admin", "staff-reader")::contains).toList();
        assertThat(seeded).hasSize(4).doesNotHaveDuplicates();
        assertThat(json(api().as(TestUser.JP_EDITOR).get(path)).get("deliveryTime").asString()).isEqualTo("08:00");
    }
}
