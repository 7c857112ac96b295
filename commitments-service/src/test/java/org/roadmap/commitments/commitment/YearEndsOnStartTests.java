package org.roadmap.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.storage.LogsOnStart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A commitment written across years by a version that kept no year ends gets them on start, read back from its
 * logs, so that reports on those years read them rather than the whole logs.
 */
class YearEndsOnStartTests extends ServiceTest {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Instant DECEMBER_2024 = Instant.parse("2024-12-10T15:00:00Z");
    private static final Instant MARCH_2025 = Instant.parse("2025-03-01T15:00:00Z");
    private static final Instant OCTOBER_2025 = Instant.parse("2025-10-01T15:00:00Z");
    private static final Instant FEBRUARY_2026 = Instant.parse("2026-02-01T15:00:00Z");
    private static final Instant JUNE_2026 = Instant.parse("2026-06-01T15:00:00Z");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    LogsOnStart logsOnStart;

    @Autowired
    YearEndsOnStart yearEndsOnStart;

    @Autowired
    YearEnds yearEnds;

    @Autowired
    CommitmentManagement commitments;

    @Test
    void keepsTheYearEndsOfACommitmentWrittenAcrossYearsOnce() throws Exception {
        String id = storedByTheEarlierVersion();
        mongo.remove(new Query(), "migrations");

        logsOnStart.afterPropertiesSet();
        yearEndsOnStart.afterPropertiesSet();
        yearEndsOnStart.afterPropertiesSet();

        Commitment c = commitments.find(id).orElseThrow();
        Map<String, List<YearEnd>> kept = yearEnds.upTo(List.of(c), 2026);
        assertThat(kept.get(id)).extracting(YearEnd::year).containsExactlyInAnyOrder(2024, 2025);
        YearEnd end2025 = kept.get(id).stream().filter(e -> e.year() == 2025).findFirst().orElseThrow();
        assertThat(end2025.historyLength()).isEqualTo(6);
        assertThat(end2025.reportCount()).isEqualTo(2);
        assertThat(end2025.until()).isEqualTo(FEBRUARY_2026);
        assertThat(mongo.count(new Query(), YearEnds.LOG)).isGreaterThanOrEqualTo(2);
        YearEnds.Period period = YearEnds.period(c, kept.get(id), 2025, Instant.parse("2025-01-01T05:00:00Z"),
                Instant.parse("2026-01-01T05:00:00Z")).orElseThrow();
        assertThat(period.historyFrom()).isEqualTo(1);
        assertThat(period.historyTo()).isEqualTo(6);
        assertThat(period.atEnd().reportCount()).isEqualTo(2);
    }

    /**
     * The earlier layout's document of {@code CommitmentLogsTests}, under an id of its own, registered in December
     * 2024, reported on in March and October 2025 and changed in 2026.
     */
    private String storedByTheEarlierVersion() throws Exception {
        String text = new ClassPathResource("previous-layout/commitment.json")
                .getContentAsString(StandardCharsets.UTF_8);
        // ids of its own, each the same where it recurs (the commitment's, its reports', its events'): the logs keep
        // them unique, and CommitmentLogsTests stores the same document
        Map<String, String> renamed = new HashMap<>();
        Matcher uuid = UUID_TEXT.matcher(text);
        StringBuilder own = new StringBuilder();
        while (uuid.find()) {
            uuid.appendReplacement(own, renamed.computeIfAbsent(uuid.group(), u -> UUID.randomUUID().toString()));
        }
        uuid.appendTail(own);
        Document earlier = Document.parse(own.toString().replace("capture-97374c81",
                "year-ends-" + UUID.randomUUID().toString().substring(0, 8)));
        String id = earlier.getString("_id");
        List<Instant> changed = List.of(DECEMBER_2024, MARCH_2025, MARCH_2025, OCTOBER_2025, OCTOBER_2025,
                OCTOBER_2025, FEBRUARY_2026, FEBRUARY_2026, FEBRUARY_2026, JUNE_2026);
        List<Document> history = earlier.getList("history", Document.class);
        assertThat(history).hasSize(changed.size());
        for (int i = 0; i < history.size(); i++) {
            history.get(i).put("at", Date.from(changed.get(i)));
        }
        List<Instant> reported = List.of(MARCH_2025, OCTOBER_2025, JUNE_2026);
        List<Document> reports = earlier.getList("progressReports", Document.class);
        for (int i = 0; i < reports.size(); i++) {
            reports.get(i).put("reportedAt", Date.from(reported.get(i)));
        }
        earlier.put("registeredAt", Date.from(DECEMBER_2024));
        earlier.put("updatedAt", Date.from(JUNE_2026));
        mongo.insert(earlier, "commitments");
        return id;
    }
}
