package org.roadmap.notifications.subscription.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.roadmap.notifications.subscription.EventKind;
import org.roadmap.notifications.subscription.LeadTimes;
import org.roadmap.notifications.subscription.SubscriptionTerms;
import org.roadmap.platform.web.InvalidInputException;

/** Turns requests into checked {@link SubscriptionTerms}, naming the field at fault. */
final class SubscriptionRequests {

    private SubscriptionRequests() {
    }

    static SubscriptionTerms terms(SubscriptionRequest r) {
        List<EventKind> kinds = new ArrayList<>();
        if (r.kinds() != null) {
            for (String code : r.kinds()) {
                try {
                    EventKind kind = EventKind.ofCode(code);
                    if (!kinds.contains(kind)) {
                        kinds.add(kind);
                    }
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("kinds", e.getMessage());
                }
            }
        }
        LeadTimes lead = LeadTimes.DEFAULT;
        if (r.leadTimes() != null) {
            SubscriptionRequest.LeadTimesRequest l = r.leadTimes();
            lead = new LeadTimes(days("leadTimes.deadline", l.deadline(), LeadTimes.DEFAULT.deadline()),
                    days("leadTimes.milestone", l.milestone(), LeadTimes.DEFAULT.milestone()),
                    days("leadTimes.meeting", l.meeting(), LeadTimes.DEFAULT.meeting()),
                    l.overdue() == null ? LeadTimes.DEFAULT.overdue() : l.overdue());
        }
        return new SubscriptionTerms(r.roadMapId(), r.pillar(), r.commitmentId(), r.responsibleEntity(),
                r.meetingSeriesId(), kinds, lead);
    }

    private static List<Integer> days(String field, List<Integer> days, List<Integer> fallback) {
        if (days == null) {
            return fallback;
        }
        if (days.size() > 10) {
            throw new InvalidInputException(field, "must list at most 10 lead times");
        }
        if (new HashSet<>(days).size() != days.size()) {
            throw new InvalidInputException(field, "must not list a lead time twice");
        }
        for (Integer d : days) {
            if (d == null || d < 1 || d > LeadTimes.MAX_DAYS) {
                throw new InvalidInputException(field, "must be whole numbers of days from 1 to " + LeadTimes.MAX_DAYS
                        + ", not " + d);
            }
        }
        return days;
    }
}
