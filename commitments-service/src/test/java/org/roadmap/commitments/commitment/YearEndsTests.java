package org.roadmap.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.commitments.commitment.CommitmentMother.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.aggregate.Change;

class YearEndsTests {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Instant JUNE_2025 = Instant.parse("2025-06-01T15:00:00Z");
    /** Still 31 December in Lima. */
    private static final Instant NEW_YEARS_EVE_IN_LIMA = Instant.parse("2026-01-01T03:00:00Z");
    private static final Instant START_OF_2026 = Instant.parse("2026-01-01T05:00:00Z");
    private static final Instant MARCH_2026 = Instant.parse("2026-03-02T15:00:00Z");
    private static final Instant START_OF_2027 = Instant.parse("2027-01-01T05:00:00Z");
    private static final Instant START_OF_2025 = Instant.parse("2025-01-01T05:00:00Z");

    private final Commitment registered = CommitmentMother.registered();

    @Test
    void theFirstWriteOfALaterYearKeepsTheStateTheYearEndedWith() {
        Commitment june = reported(registered, "JP", JUNE_2025);
        Commitment march = reported(june, "PE", MARCH_2026);

        List<Appended> appended = YearEnds.closedBy(june, march, LIMA);

        assertThat(appended).singleElement().satisfies(a -> {
            assertThat(a.log()).isEqualTo(YearEnds.LOG);
            assertThat(a.id()).isEqualTo(june.id() + ":2025");
            YearEnd end = (YearEnd) a.record();
            assertThat(end.year()).isEqualTo(2025);
            assertThat(end.state().level()).isEqualTo(june.level());
            assertThat(end.state().assessments()).isEqualTo(june.assessments());
            assertThat(end.historyLength()).isEqualTo(june.history().length());
            assertThat(end.reportCount()).isEqualTo(1);
            assertThat(end.until()).isEqualTo(MARCH_2026);
        });
    }

    @Test
    void aWriteWithinTheYearOfTheDeadlineZoneKeepsNothing() {
        Commitment june = reported(registered, "JP", JUNE_2025);

        assertThat(YearEnds.closedBy(june, reported(june, "PE", NEW_YEARS_EVE_IN_LIMA), LIMA)).isEmpty();
        assertThat(YearEnds.closedBy(june, reported(june, "PE", NEW_YEARS_EVE_IN_LIMA), ZoneId.of("Asia/Tokyo")))
                .hasSize(1);
    }

    @Test
    void aPastYearStandsAsItsYearEndAndItsChangesAreThoseAppendedWithinIt() {
        Commitment june = reported(registered, "JP", JUNE_2025);
        Commitment march = reported(june, "PE", MARCH_2026);
        // registered in 2024: its 2024 end was kept by the June write
        List<YearEnd> ends = List.of(end(registered, june), end(june, march));

        YearEnds.Period period = YearEnds.period(march, ends, 2025, START_OF_2025, START_OF_2026).orElseThrow();

        assertThat(period.atEnd().reportCount()).isEqualTo(1);
        assertThat(period.atEnd().assessments()).extracting(Assessment::country).containsExactly("JP");
        assertThat(period.historyFrom()).isEqualTo(registered.history().length());
        assertThat(YearEnds.period(march, List.of(end(june, march)), 2025, START_OF_2025, START_OF_2026)).isEmpty();
        assertThat(period.historyTo()).isEqualTo(june.history().length());
        assertThat(period.reportsFrom()).isZero();
        assertThat(period.reportsTo()).isEqualTo(1);
    }

    @Test
    void aYearUnderWayStandsAsItIsNowAndStartsWhereTheYearBeforeEnded() {
        Commitment june = reported(registered, "JP", JUNE_2025);
        Commitment march = reported(june, "PE", MARCH_2026);

        YearEnds.Period period = YearEnds.period(march, List.of(end(june, march)), 2026, START_OF_2026, START_OF_2027)
                .orElseThrow();

        assertThat(period.atEnd()).isSameAs(march);
        assertThat(period.historyFrom()).isEqualTo(june.history().length());
        assertThat(period.historyTo()).isEqualTo(march.history().length());
        assertThat(period.reportsFrom()).isEqualTo(1);
        assertThat(period.reportsTo()).isEqualTo(2);
    }

    @Test
    void aYearEndThatAnUnrecordedWriteReplacedTellsNothing() {
        Commitment june = reported(registered, "JP", JUNE_2025);
        Commitment march = reported(june, "PE", MARCH_2026);
        // kept until before the year ended: another write came in between that kept no year end
        YearEnd cutShort = new YearEnd(2025, june.asListed(), june.history().length(), 1, JUNE_2025.plusSeconds(60));

        assertThat(YearEnds.period(march, List.of(cutShort), 2025, START_OF_2025, START_OF_2026)).isEmpty();
        assertThat(YearEnds.period(march, List.of(), 2025, START_OF_2025, START_OF_2026)).isEmpty();
    }

    @Test
    void aCommitmentRegisteredAfterThePeriodIsLeftToItsLogs() {
        Commitment later = Commitment.register(CommitmentMother.reviewWithinOneYear("jp-pe-2024-2033"), MARCH_2026,
                "wg-admin", null);

        assertThat(YearEnds.period(later, List.of(), 2025, START_OF_2025, START_OF_2026)).isEmpty();
    }

    @Test
    void readsBackFromTheLogsTheYearEndsItsWritesWouldHaveKept() {
        List<Change> history = new ArrayList<>(registered.latestChanges());
        List<ProgressReport> reports = new ArrayList<>();
        List<Appended> kept = new ArrayList<>();
        Commitment previous = registered;
        for (Instant at : List.of(JUNE_2025, NEW_YEARS_EVE_IN_LIMA, MARCH_2026)) {
            Commitment next = reported(previous, at == MARCH_2026 ? "JP" : "PE", at);
            history.addAll(next.latestChanges());
            next.latestReport().ifPresent(reports::add);
            kept.addAll(YearEnds.closedBy(previous, next, LIMA));
            previous = next;
        }

        List<Appended> readBack = YearEnds.ofEarlierWrites(previous, new CommitmentLogs.Past(history, reports), LIMA);

        assertThat(readBack).extracting(Appended::id).containsExactly(registered.id() + ":2024",
                registered.id() + ":2025");
        assertThat(readBack).extracting(Appended::id).isEqualTo(kept.stream().map(Appended::id).toList());
        for (int i = 0; i < kept.size(); i++) {
            YearEnd written = (YearEnd) kept.get(i).record();
            YearEnd read = (YearEnd) readBack.get(i).record();
            assertThat(read.year()).isEqualTo(written.year());
            assertThat(read.historyLength()).isEqualTo(written.historyLength());
            assertThat(read.reportCount()).isEqualTo(written.reportCount());
            assertThat(read.until()).isEqualTo(written.until());
            assertThat(read.state().assessments()).isEqualTo(written.state().assessments());
            assertThat(read.state().level()).isEqualTo(written.state().level());
            assertThat(read.state().deadline()).isEqualTo(written.state().deadline());
        }
    }

    private static YearEnd end(Commitment current, Commitment next) {
        return (YearEnd) YearEnds.closedBy(current, next, LIMA).get(0).record();
    }

    private static Commitment reported(Commitment c, String country, Instant at) {
        return c.reportProgress(report(country, ImplementationLevel.LIMITED, Health.ON_TRACK)
                .toReport(UUID.randomUUID().toString(), at), at);
    }
}
