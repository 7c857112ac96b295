package org.roadmap.meetings.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.meetings.cadence.CadenceCompliance;
import org.roadmap.meetings.cadence.CadenceWatch;
import org.roadmap.meetings.cadence.PeriodStatus;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The series the Road Map implies, seeded on first start, and the cadence watch over them. */
// A context of its own, on a database of its own: the seed is what this class tests, and it looks at
// every series and meeting there is (none dated, two serving I.5), which other classes' series would add to.
@TestPropertySource(properties = {"roadmap.meetings.seed=true", "spring.mongodb.database=meetings-seed"})
class SeededSeriesTests extends ServiceTest {

    private static final Instant MARCH_2026 = Instant.parse("2026-03-01T00:00:00Z");

    @Autowired
    SeriesSeed seed;

    @Autowired
    MeetingSeriesManagement management;

    @Autowired
    CadenceCompliance compliance;

    @Autowired
    CadenceWatch watch;

    @Test
    void seedsTheSeriesTheRoadMapImpliesOnceAndInventsNoDates() throws Exception {
        seed.run(null);
        ApiClient api = api();

        JsonNode all = json(api.get("/api/v1/meeting-series?roadMapId=jp-pe-2024-2033"));

        assertThat(all.valueStream().map(s -> s.get("id").asString()).toList()).containsExactly(
                "disaster-risk-dialogue", "health-work-plans", "mining-energy-investment-meeting", "mlit-mvcs-dialogue",
                "parliamentary-friendship-exchanges", "political-dialogue-mechanism", "ppp-infrastructure-dialogue",
                "road-map-working-group", "science-technology-subcommittee", "transport-dialogue");
        JsonNode dialogue = json(api.get("/api/v1/meeting-series/political-dialogue-mechanism"));
        assertThat(dialogue.get("version").asLong()).isEqualTo(1);
        assertThat(dialogue.get("venue").get("kind").asString()).isEqualTo("alternating");
        assertThat(dialogue.get("commitments").valueStream().map(c -> c.get("reference").asString()).toList())
                .containsExactly("I.2", "I.5");
        assertThat(json(api.get("/api/v1/meeting-series/mining-energy-investment-meeting")).get("venue").get("venues")
                .get(0).get("city").asString()).isEqualTo("Tokyo");
        assertThat(json(api.get("/api/v1/meetings?from=2024-01-01&to=2034-01-01"))).isEmpty();
        assertThat(json(api.get("/api/v1/meeting-series?commitment=I.5"))).hasSize(2);
    }

    @Test
    void flagsEveryPeriodWithoutADateOnceAndNoLongerWhenADateIsSet() throws Exception {
        seed.run(null);
        MeetingSeries group = management.find("road-map-working-group").orElseThrow();

        List<PeriodStatus> periods = compliance.periods(group, MARCH_2026);

        assertThat(periods).hasSize(9);
        assertThat(periods.get(0).status()).isEqualTo("missed");
        assertThat(periods.get(1).status()).isEqualTo("no-date-set");
        assertThat(periods.get(1).atRisk()).isEqualTo("no-date-set");
        assertThat(periods.get(2).atRisk()).isNull();

        int first = watch.check(MARCH_2026);
        int again = watch.check(MARCH_2026);
        assertThat(first).isGreaterThanOrEqualTo(6);
        assertThat(again).isZero();

        management.schedule(management.find("road-map-working-group").orElseThrow(), null, null,
                MeetingTime.parse("start", "2026-10-05T10:00"),
                MeetingTime.parse("end", "2026-10-05T13:00"), new Venue("Lima", "PE", "America/Lima"), "2026", "mre");
        PeriodStatus scheduled = compliance.periods(management.find("road-map-working-group").orElseThrow(), MARCH_2026)
                .get(1);
        assertThat(scheduled.status()).isEqualTo("scheduled");
        assertThat(scheduled.atRisk()).isNull();
        PeriodStatus closing = compliance.periods(management.find("road-map-working-group").orElseThrow(),
                Instant.parse("2026-12-01T00:00:00Z")).get(1);
        assertThat(closing.atRisk()).isEqualTo("period-closing");

        try (TopicReader topic = new TopicReader(Topics.MEETINGS)) {
            ConsumerRecord<String, byte[]> atRisk = topic.readUntil(r -> "road-map-working-group".equals(r.key())
                    && EventType.CADENCE_PERIOD_AT_RISK.type().equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30)).stream().filter(r -> "road-map-working-group".equals(r.key())
                    && EventType.CADENCE_PERIOD_AT_RISK.type().equals(TopicReader.header(r, "ce_type")))
                    .findFirst().orElseThrow();
            assertThat(EventSchemas.violations(EventType.CADENCE_PERIOD_AT_RISK, new String(atRisk.value()))).isEmpty();
            assertThat(ApiClient.json(atRisk).get("periodStart").asString()).isEqualTo("2026-01-01");
        }
    }
}
