package org.roadmap.commitments.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.roadmap.commitments.config.CommitmentsProperties;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.RecordLog;
import org.springframework.stereotype.Component;

/**
 * The state each commitment ended a year with, kept so that a report on a past year costs what the year holds, not
 * everything recorded since. The first write of a commitment in a new year appends the state it replaces
 * ({@link YearEnd}, keyed {@code <id>:<year>}) with the write itself, atomically (ADR 9); a commitment unchanged
 * since a year ended stands as it is. Years are those of the deadline zone, as reports count them.
 */
@Component
public class YearEnds {

    static final String LOG = "commitments_year_ends";

    private final RecordLog<YearEnd> log;
    private final ZoneId zone;

    YearEnds(AppendedRecords appended, CommitmentsProperties properties) {
        this.log = appended.log(CommitmentLogs.COLLECTION, LOG, YearEnd.class);
        this.zone = properties.deadlineZone();
    }

    /** What the write from {@code current} to {@code next} appends: {@code current}, when next is of a later year. */
    List<Appended> closedBy(Commitment current, Commitment next) {
        return closedBy(current, next, zone);
    }

    static List<Appended> closedBy(Commitment current, Commitment next, ZoneId zone) {
        if (current.updatedAt() == null || next.updatedAt() == null) {
            return List.of();
        }
        int year = LocalDate.ofInstant(current.updatedAt(), zone).getYear();
        if (LocalDate.ofInstant(next.updatedAt(), zone).getYear() <= year) {
            return List.of();
        }
        YearEnd end = new YearEnd(year, current.asListed(), current.history().length(), current.reportCount(),
                next.updatedAt());
        return List.of(Appended.keyed(LOG, current.id(), String.valueOf(year), end));
    }

    /**
     * The year ends the writes of {@code c} would have kept had they been kept then, read back from its logs
     * ({@code past}, whole): for commitments written across years before year ends were kept.
     */
    static List<Appended> ofEarlierWrites(Commitment c, CommitmentLogs.Past past, ZoneId zone) {
        if (c.updatedAt() == null) {
            return List.of();
        }
        int lastYear = LocalDate.ofInstant(c.updatedAt(), zone).getYear();
        List<Appended> ends = new ArrayList<>();
        past.history().stream().map(change -> LocalDate.ofInstant(change.at(), zone).getYear())
                .filter(year -> year < lastYear).distinct().forEach(year -> {
                    Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
                    long changes = past.history().stream().filter(h -> h.at().isBefore(end)).count();
                    long reports = past.reports().stream().filter(r -> r.reportedAt().isBefore(end)).count();
                    Instant until = past.history().stream().map(Change::at).filter(at -> !at.isBefore(end))
                            .findFirst().orElse(c.updatedAt());
                    ends.add(Appended.keyed(LOG, c.id(), String.valueOf(year),
                            new YearEnd(year, c.asOf(end, past).asListed(), changes, reports, until)));
                });
        return ends;
    }

    /** Each commitment's year ends up to {@code year}'s, by commitment id, in one read by id. */
    public Map<String, List<YearEnd>> upTo(Collection<Commitment> commitments, int year) {
        int first = commitments.stream().map(Commitment::registeredAt).filter(at -> at != null).map(this::yearOf)
                .min(Comparator.naturalOrder()).orElse(year);
        return log.byKeys(commitments.stream().map(Commitment::id).toList(),
                IntStream.rangeClosed(first, year).mapToObj(String::valueOf).toList());
    }

    /**
     * Where {@code c} stood when {@code year} ended and how long its logs were when it began, from what it is now and
     * its year ends; empty when they cannot tell (a commitment written before year ends were kept, or registered
     * after the year).
     *
     * @param end the end of the period reported on: the year's end, or today's for the year under way
     */
    public static Optional<Period> period(Commitment c, List<YearEnd> ends, int year, Instant yearStart, Instant end) {
        if (c.registeredAt() == null || !c.registeredAt().isBefore(end)) {
            return Optional.empty();
        }
        Optional<Standing> atEnd = c.updatedAt() != null && c.updatedAt().isBefore(end)
                ? Optional.of(new Standing(c, c.history().length(), c.reportCount()))
                : standing(ends, year, end);
        Optional<Standing> atStart = !c.registeredAt().isBefore(yearStart) ? Optional.of(new Standing(null, 0, 0))
                : standing(ends, year - 1, yearStart);
        if (atEnd.isEmpty() || atStart.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Period(atEnd.get().state(), atStart.get().historyLength(),
                atEnd.get().historyLength(), atStart.get().reportCount(), atEnd.get().reportCount()));
    }

    /** The state that stood at {@code instant}: the last year end up to {@code year}, if it stood until then. */
    private static Optional<Standing> standing(List<YearEnd> ends, int year, Instant instant) {
        return ends.stream().filter(e -> e.year() <= year).max(Comparator.comparingInt(YearEnd::year))
                .filter(e -> !e.until().isBefore(instant))
                .map(e -> new Standing(e.state(), e.historyLength(), e.reportCount()));
    }

    private int yearOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone).getYear();
    }

    /**
     * A commitment over a reported period: its state at the end, and the numbers of the changes and reports it
     * appended within the period's years (after {@code historyFrom} up to {@code historyTo}, the same for reports).
     */
    public record Period(Commitment atEnd, long historyFrom, long historyTo, long reportsFrom, long reportsTo) {
    }

    private record Standing(Commitment state, long historyLength, long reportCount) {
    }
}
