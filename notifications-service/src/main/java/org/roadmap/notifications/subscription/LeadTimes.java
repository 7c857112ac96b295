package org.roadmap.notifications.subscription;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How many days ahead alerts come, per kind.
 *
 * @param deadline  days before a commitment's due date (default 30, 7, 1)
 * @param milestone days before a milestone's planned date (default 30, 7, 1)
 * @param meeting   days before a meeting (default 14, 1)
 * @param overdue   also alert when a deadline or milestone has passed, then weekly (default yes)
 */
public record LeadTimes(List<Integer> deadline, List<Integer> milestone, List<Integer> meeting, boolean overdue) {

    public static final LeadTimes DEFAULT = new LeadTimes(List.of(30, 7, 1), List.of(30, 7, 1), List.of(14, 1), true);

    public static final int MAX_DAYS = 365;

    public LeadTimes {
        deadline = sorted(deadline);
        milestone = sorted(milestone);
        meeting = sorted(meeting);
    }

    /** Both together: every lead time of either, overdue if either asks. */
    public LeadTimes union(LeadTimes other) {
        return new LeadTimes(merged(deadline, other.deadline), merged(milestone, other.milestone),
                merged(meeting, other.meeting), overdue || other.overdue);
    }

    private static List<Integer> merged(List<Integer> a, List<Integer> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    /** Longest first. */
    private static List<Integer> sorted(List<Integer> days) {
        return days == null ? List.of() : new TreeSet<>(days).descendingSet().stream().toList();
    }
}
