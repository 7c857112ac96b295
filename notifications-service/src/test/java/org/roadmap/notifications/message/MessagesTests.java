package org.roadmap.notifications.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.AlertKind;
import org.roadmap.notifications.alert.AlertStatus;
import org.roadmap.notifications.alert.Occasion;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Language;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientDetails;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.notifications.subscription.EventKind;

class MessagesTests {

    private static final Instant TOKYO_MORNING = Instant.parse("2025-10-18T00:00:00Z");
    private static final Instant LIMA_MORNING = Instant.parse("2025-10-18T14:00:00Z");

    private final Messages messages = new Messages();

    @Test
    void writesTheDeadlineReminderInJapaneseWithTheDateInJapaneseFormat() {
        Message message = messages.render(deadlineAlert(30), recipient("佐藤 花子", Language.JA, null, "Asia/Tokyo"),
                false, TOKYO_MORNING);

        assertThat(message.subject()).isEqualTo("【リマインダー】取組III.1の期限は30日後です（2025年11月17日月曜日）");
        assertThat(message.body()).startsWith("佐藤 花子 様")
                .contains("日本国とペルー共和国との間の戦略的パートナーシップ強化のためのロードマップ（2024–2033）に基づく下記の取組の期限は、2025年11月17日月曜日（あと30日）です。")
                .contains("担当：Ministry of Foreign Affairs of Japan; Ministry of Foreign Affairs of Peru")
                .contains("ロードマップ事務局");
    }

    @Test
    void writesTheDeadlineReminderInSpanish() {
        Message message = messages.render(deadlineAlert(30), recipient("María Quispe", Language.ES, null,
                "America/Lima"), false, LIMA_MORNING);

        assertThat(message.subject())
                .isEqualTo("Recordatorio: el compromiso III.1 vence dentro de 30 días (lunes, 17 de noviembre de 2025)");
        assertThat(message.body()).startsWith("Estimado/a María Quispe:")
                .contains("vence el lunes, 17 de noviembre de 2025, dentro de 30 días.")
                .contains("Atentamente,").contains("Secretaría de la Hoja de Ruta");
    }

    @Test
    void writesTomorrowRatherThanOneDay() {
        Message message = messages.render(deadlineAlert(1), recipient("Ann Lee", Language.EN, null, "Europe/London"),
                false, Instant.parse("2025-11-16T09:00:00Z"));

        assertThat(message.subject()).isEqualTo("Reminder: commitment III.1 is due tomorrow (Monday, 17 November 2025)");
    }

    @Test
    void marksALateReminderAsLate() {
        Message message = messages.render(deadlineAlert(7), recipient("María Quispe", Language.ES, null,
                "America/Lima"), true, Instant.parse("2025-11-12T15:00:00Z"));

        assertThat(message.body()).contains("se envía con retraso").contains("dentro de 5 días");
    }

    @Test
    void showsAMeetingInTokyoAndLimaTimeInBothLanguagesOfABilingualRecipient() {
        Occasion meeting = new Occasion("meeting:pdm-2025", EventKind.MEETING, "jp-pe-2024-2033", null, null,
                "Japan-Peru Political Dialogue Mechanism", null, null, List.of(), List.of(),
                "political-dialogue-mechanism", null, Instant.parse("2025-09-16T01:00:00Z"),
                Instant.parse("2025-09-16T05:00:00Z"), "Tokyo", "Asia/Tokyo", null, true);
        Alert alert = new Alert("a1", meeting.id(), "r1", AlertKind.MEETING_AHEAD, 14, meeting,
                Instant.parse("2025-09-02T14:00:00Z"), 0, null, AlertStatus.PENDING, null, false, Instant.EPOCH);

        Message message = messages.render(alert, recipient("María Quispe", Language.ES, Language.JA, "America/Lima"),
                false, Instant.parse("2025-09-01T14:00:00Z"));

        assertThat(message.subject()).isEqualTo("Próxima reunión: Mecanismo de Diálogo Político Perú–Japón"
                + " (Viceministros de Relaciones Exteriores), dentro de 14 días"
                + " / 【会合のご案内】日・ペルー政策対話メカニズム（外務次官級）（14日後に開催）");
        assertThat(message.body())
                .contains("Sede: Tokio")
                .contains("開催地：東京")
                .contains("Tokio: martes, 16 de setiembre de 2025 10:00 (hora estándar de Japón)")
                .contains("Lima: lunes, 15 de setiembre de 2025 20:00 (hora estándar de Perú)")
                .contains("――― JA ―――")
                .contains("東京：2025年9月16日火曜日 10:00 (日本標準時)")
                .contains("リマ：2025年9月15日月曜日 20:00 (ペルー標準時)");
    }

    static Alert deadlineAlert(int daysAhead) {
        Occasion deadline = new Occasion("deadline:c1", EventKind.DEADLINE, "jp-pe-2024-2033", "III", "III.1",
                "Report on the cooperation framework within one year", "c1", null, List.of("c1"),
                List.of("Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Peru"), null,
                LocalDate.of(2025, 11, 17), null, null, null, null, null, true);
        return new Alert("a1", deadline.id(), "r1", AlertKind.DEADLINE_AHEAD, daysAhead, deadline,
                Instant.parse("2025-11-10T14:00:00Z"), 0, null, AlertStatus.PENDING, null, false, Instant.EPOCH);
    }

    static Recipient recipient(String name, Language language, Language second, String zone) {
        return RecipientManagement.newRecipient("r1", new RecipientDetails(name, "x@example.org", "MRE", "PE",
                language, second, ZoneId.of(zone), null, null, Set.of(Channel.EMAIL), null, false, false, List.of(), true, true),
                Instant.EPOCH);
    }
}
