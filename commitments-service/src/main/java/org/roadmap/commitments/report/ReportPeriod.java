package org.roadmap.commitments.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a report covers: a calendar year, starting no earlier than the road map's signature and
 * ending no later than today. Days are those of the deadline zone, so a change made in Tokyo early
 * on 1 January still belongs to the old year, as it does in Lima.
 *
 * @param from    first day covered
 * @param asOf    last day covered; the status reported is the one at its end
 * @param interim the year is not over yet
 */
public record ReportPeriod(int year, LocalDate from, LocalDate asOf, boolean interim) {

    static ReportPeriod of(int year, LocalDate signedOn, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = signedOn != null && signedOn.isAfter(first) ? signedOn : first;
        return new ReportPeriod(year, from, last.isAfter(today) ? today : last, !today.isAfter(last));
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The start of the year's first day: where the year's logs begin, whatever day the period starts on. */
    Instant yearStart(ZoneId zone) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The end of the last day, exclusive. */
    Instant end(ZoneId zone) {
        return asOf.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
