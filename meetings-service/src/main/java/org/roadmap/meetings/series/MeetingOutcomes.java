package org.roadmap.meetings.series;

import java.util.List;

/**
 * What a held meeting recorded besides its agenda: its outcomes and minutes. Kept beside its series, not in it
 * ({@link HeldMeetings}): a meeting may record up to 100 outcomes and minutes of 10,000 characters, and a series
 * that kept them all would rewrite them at each write and reach MongoDB's 16 MB document limit within a few
 * years of monthly meetings.
 *
 * @param occurrenceId the meeting held
 */
public record MeetingOutcomes(String occurrenceId, List<String> outcomes, String minutes) {

    public MeetingOutcomes {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** A meeting held before its outcomes were kept (or not held): none. */
    public static MeetingOutcomes none(String occurrenceId) {
        return new MeetingOutcomes(occurrenceId, List.of(), null);
    }
}
