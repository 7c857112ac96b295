package org.roadmap.notifications.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.subscription.LeadTimes;
import org.springframework.stereotype.Component;

/**
 * Which alerts one recipient should get about one occasion, as of now: one per lead time, at
 * the recipient's delivery time on the day it falls on (for an immediate recipient, as that day
 * begins: see {@link DeliveryTimes}), plus an overdue alert for deadlines and
 * milestones. Steps already past are dropped, except the latest one while the date is still
 * ahead, which comes at the next delivery time ("due in 5 days" rather than nothing when a
 * deadline is set 5 days ahead). Pure: the same input gives the same alerts, with the same ids.
 */
@Component
public class AlertPlanner {

    private final DeliveryTimes times;

    public AlertPlanner(DeliveryTimes times) {
        this.times = times;
    }

    public List<Alert> plan(Occasion occasion, Recipient recipient, LeadTimes lead, Instant now) {
        if (!occasion.open()) {
            return List.of();
        }
        List<Alert> steps = switch (occasion.kind()) {
            case DEADLINE -> dated(occasion, recipient, lead.deadline(), lead.overdue(), AlertKind.DEADLINE_AHEAD,
                    AlertKind.DEADLINE_OVERDUE, now);
            case MILESTONE -> dated(occasion, recipient, lead.milestone(), lead.overdue(), AlertKind.MILESTONE_AHEAD,
                    AlertKind.MILESTONE_OVERDUE, now);
            case MEETING -> meeting(occasion, recipient, lead.meeting(), now);
            case CADENCE -> List.of(alert(occasion, recipient, AlertKind.CADENCE_NO_DATE, 0, occasion.periodStart(),
                    times.nextAtOrAfter(now, recipient), now));
        };
        return linked(steps);
    }

    private List<Alert> dated(Occasion occasion, Recipient recipient, List<Integer> lead, boolean overdue,
            AlertKind ahead, AlertKind late, Instant now) {
        LocalDate target = occasion.date();
        if (target == null) {
            return List.of();
        }
        Instant passed = times.endOf(target);
        List<Alert> steps = ahead(occasion, recipient, lead, ahead, target, passed, now,
                days -> times.on(target.minusDays(days), recipient));
        if (overdue) {
            Instant due = times.nextAtOrAfter(passed, recipient);
            steps.add(alert(occasion, recipient, late, 0, target, due.isBefore(now)
                    ? times.nextAtOrAfter(now, recipient) : due, now));
        }
        return steps;
    }

    private List<Alert> meeting(Occasion occasion, Recipient recipient, List<Integer> lead, Instant now) {
        if (occasion.start() == null) {
            return List.of();
        }
        LocalDate day = occasion.start().atZone(recipient.zone()).toLocalDate();
        return ahead(occasion, recipient, lead, AlertKind.MEETING_AHEAD, occasion.start(), occasion.start(), now,
                days -> times.on(day.minusDays(days), recipient));
    }

    private List<Alert> ahead(Occasion occasion, Recipient recipient, List<Integer> lead, AlertKind kind,
            Object target, Instant passed, Instant now, java.util.function.IntFunction<Instant> dueOf) {
        List<Alert> future = new ArrayList<>();
        Alert latestPast = null;
        for (int days : lead) {
            Instant due = dueOf.apply(days);
            if (!due.isBefore(passed)) {
                continue;
            }
            Alert step = alert(occasion, recipient, kind, days, target, due, now);
            if (!due.isBefore(now)) {
                future.add(step);
            } else if (latestPast == null || due.isAfter(latestPast.dueAt())) {
                latestPast = step;
            }
        }
        if (latestPast != null && now.isBefore(passed)) {
            Instant catchUp = times.nextAtOrAfter(now, recipient);
            if (catchUp.isBefore(passed)) {
                future.add(new Alert(latestPast.id(), latestPast.planId(), latestPast.recipientId(), kind,
                        latestPast.daysAhead(), occasion, catchUp, 0, null, AlertStatus.PENDING, null, false, now));
            }
        }
        return future;
    }

    private static Alert alert(Occasion occasion, Recipient recipient, AlertKind kind, int daysAhead, Object target,
            Instant due, Instant now) {
        return new Alert(Alert.idOf(occasion.id(), recipient.id(), kind, daysAhead, target), occasion.id(),
                recipient.id(), kind, daysAhead, occasion, due, 0, null, AlertStatus.PENDING, null, false, now);
    }

    private static List<Alert> linked(List<Alert> steps) {
        List<Alert> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(Alert::dueAt));
        List<Alert> linked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            linked.add(i + 1 < sorted.size() ? sorted.get(i).withNext(sorted.get(i + 1).id()) : sorted.get(i));
        }
        return linked;
    }
}
