package org.roadmap.meetings.series.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.platform.web.InvalidInputException;

/**
 * Optimistic concurrency over HTTP: the ETag of a series, and of each of its meetings, is the
 * series' version; a change names, in {@code If-Match}, the version it was made on.
 */
final class Preconditions {

    private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,18})\"\\s*$");

    private Preconditions() {
    }

    static String etag(MeetingSeries series) {
        return "\"" + series.version() + "\"";
    }

    /** @throws PreconditionRequiredException when the header is missing (428) */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        return optionalVersion(ifMatch);
    }

    /** The version in an optional {@code If-Match}; absent: the change is recomputed on the latest state. */
    static Long optionalVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Matcher matcher = ETAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new InvalidInputException("If-Match", "must be the ETag of the meeting series as last read, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A change without {@code If-Match}. */
    static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("This change needs an If-Match header with the meeting series' ETag, so that it cannot"
                    + " silently overwrite a change made meanwhile by someone else.");
        }
    }
}
