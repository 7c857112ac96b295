package org.roadmap.notifications.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.support.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An occasion's plan holds the alerts planned now; those that left it after they fired are kept beside
 * it, a page at a time, and still listed with {@code all=true}. Before, every fired alert stayed in the
 * plan's document: a deadline moved every week for years grew it without bound, and each replan read them
 * all again.
 */
class AlertPlanRecordsTests extends ServiceTest {

    private static final Instant FAR_AHEAD = Instant.parse("2031-01-06T00:00:00Z");

    @Autowired
    AlertSchedule schedule;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPlanHoldsWhatIsPlannedWhileEveryAlertThatFiredStaysListed() {
        String plan = "deadline:" + UUID.randomUUID();
        for (int i = 0; i < 205; i++) {
            Alert alert = alert(plan, "recipient-" + (i % 3), FAR_AHEAD.plusSeconds(i));
            schedule.replan(plan, List.of(alert), null);
            schedule.finishAll(AlertStatus.FIRED, List.of(alert.id()), Instant.now(), false);
        }

        Document stored = mongo.findById(plan, Document.class, AlertSchedule.PLANS);
        assertThat(stored.getList("entries", Document.class)).hasSize(1);
        assertThat(schedule.ofPlan(plan)).hasSize(1);
        assertThat(schedule.ofPlan(plan, true)).hasSize(205)
                .allSatisfy(alert -> assertThat(alert.status()).isEqualTo(AlertStatus.FIRED))
                .extracting(Alert::dueAt).isSorted();
        for (int page = 0; page < 3; page++) {
            assertThat(mongo.findById(plan + "/" + page, Document.class, AlertSchedule.RECORDS)
                    .getList("entries", Document.class)).hasSizeLessThanOrEqualTo(AlertSchedule.RECORDS_PER_PAGE);
        }
    }

    @Test
    void aPendingAlertNoLongerPlannedIsDeletedNotRecorded() {
        String plan = "deadline:" + UUID.randomUUID();
        Alert first = alert(plan, "recipient", FAR_AHEAD);
        schedule.replan(plan, List.of(first), null);

        schedule.replan(plan, List.of(alert(plan, "recipient", FAR_AHEAD.plusSeconds(60))), null);

        assertThat(schedule.ofPlan(plan, true)).extracting(Alert::dueAt).containsExactly(FAR_AHEAD.plusSeconds(60));
        assertThat(schedule.find(first.id())).isNull();
    }

    private static Alert alert(String plan, String recipient, Instant due) {
        return new Alert(Alert.idOf(plan, recipient, AlertKind.DEADLINE_AHEAD, 7, due), plan, recipient,
                AlertKind.DEADLINE_AHEAD, 7, null, due, 0, null, AlertStatus.PENDING, null, false, Instant.now());
    }
}
