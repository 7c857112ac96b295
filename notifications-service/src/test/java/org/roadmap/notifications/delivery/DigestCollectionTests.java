package org.roadmap.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.AlertKind;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Language;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientDetails;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.notifications.support.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A day's digest that collects many alerts (a large import's deadlines, for someone who follows them all): an alert
 * is appended to it, without comparing it with the entries there, reading them back or writing the due-time index
 * again.
 */
class DigestCollectionTests extends ServiceTest {

    private static final int ALERTS = 300;

    @Autowired
    DailyDigests digests;

    @Autowired
    MongoTemplate mongo;

    @Test
    void indexesADigestOnceAndAppendsEachAlert() {
        // 05:00 in Lima: the digest is due at 09:00, so the service's own round, which runs meanwhile, leaves it open
        clock.set(Instant.parse("2025-10-01T10:00:00Z"));
        Instant now = clock.instant();
        Recipient reader = RecipientManagement.newRecipient("digest-" + UUID.randomUUID(), new RecipientDetails(
                "Rosa Huamán", "rosa@example.org", "MINCETUR", "PE", Language.ES, null, ZoneId.of("America/Lima"), null,
                null, Set.of(Channel.EMAIL), null, true, false, List.of(), false, false), now);
        double indexWrites = mongoCommands("alert_slices", "update");

        for (int i = 0; i < ALERTS; i++) {
            digests.collect(alert(reader, i), reader, false, now);
        }
        digests.collect(alert(reader, 0), reader, false, now);

        // before: one write of the due-time index per alert, each comparing the entry with the whole slice
        assertThat(mongoCommands("alert_slices", "update") - indexWrites).isEqualTo(1);
        Document digest = mongo.getCollection("digests").find(new Document("recipientId", reader.id())).first();
        assertThat(digest.getList("entries", Document.class)).hasSize(ALERTS + 1);
        assertThat(digest.getList("entries", Document.class).stream().map(e -> e.getString("alertId")).distinct())
                .hasSize(ALERTS);
    }

    private static Alert alert(Recipient recipient, int i) {
        return new Alert("digest-alert-" + recipient.id() + "-" + i, "deadline:" + i, recipient.id(),
                AlertKind.DEADLINE_AHEAD, 30, null, START, 0, null, null, null, false, START);
    }
}
