package org.roadmap.meetings.cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.series.CadenceRule;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.Occurrence;
import org.roadmap.meetings.series.OccurrenceStatus;
import org.springframework.stereotype.Component;

/**
 * "Biennial" means one meeting per two-year period: each period has a meeting held, a date set, or
 * is flagged. A period is at risk when it has begun (or begins within the lead time) with no date
 * set, or closes within the closing window with no meeting held and none still to come.
 */
@Component
public class CadenceCompliance {

    private final MeetingsProperties properties;

    public CadenceCompliance(MeetingsProperties properties) {
        this.properties = properties;
    }

    public List<PeriodStatus> periods(MeetingSeries series, Instant now) {
        List<PeriodStatus> result = new ArrayList<>();
        CadenceRule cadence = series.cadence();
        if (cadence == null) {
            return result;
        }
        ZoneId zone = ZoneId.of(series.timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        List<CadenceRule.Period> periods = cadence.periods();
        Set<String> outOfTurn = periods.isEmpty() ? Set.of() : series.outOfTurn(periods.get(periods.size() - 1).end()
                .atStartOfDay(zone).plusDays(1).toInstant()).keySet();
        for (CadenceRule.Period period : periods) {
            Instant from = period.start().atStartOfDay(zone).minusDays(1).toInstant();
            Instant to = period.end().atStartOfDay(zone).plusDays(1).toInstant();
            List<Occurrence> inPeriod = series.occurrencesBetween(from, to).stream()
                    .filter(o -> o.status().takesPlace())
                    .filter(o -> period.contains(o.start().atZone(o.venue() != null ? o.venue().zone() : zone).toLocalDate()))
                    .toList();
            result.add(assess(series.id(), period, inPeriod, now, today, outOfTurn));
        }
        return result;
    }

    private PeriodStatus assess(String seriesId, CadenceRule.Period period, List<Occurrence> meetings, Instant now,
            LocalDate today, Set<String> outOfTurn) {
        boolean held = meetings.stream().anyMatch(o -> o.status() == OccurrenceStatus.HELD);
        boolean confirmed = meetings.stream().anyMatch(o -> o.status() == OccurrenceStatus.CONFIRMED);
        boolean upcoming = meetings.stream().anyMatch(o -> o.start().isAfter(now));
        boolean ended = !today.isBefore(period.end());
        String status = held ? "held" : confirmed ? "scheduled" : !meetings.isEmpty() ? "planned"
                : ended ? "missed" : "no-date-set";
        String atRisk = null;
        if (!held && !ended) {
            boolean closing = !today.isBefore(period.end().minusDays(properties.closingWindow().toDays()));
            boolean begun = !today.isBefore(period.start().minusDays(properties.noDateLeadTime().toDays()));
            if (closing && !upcoming) {
                atRisk = "period-closing";
            } else if (meetings.isEmpty() && begun) {
                atRisk = "no-date-set";
            }
        }
        return new PeriodStatus(seriesId, period.label(), period.start(), period.end().minusDays(1), status, atRisk,
                meetings.stream().map(Occurrence::id).toList(),
                meetings.stream().map(Occurrence::id).filter(outOfTurn::contains).toList());
    }
}
