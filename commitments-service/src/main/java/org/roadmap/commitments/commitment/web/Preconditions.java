package org.roadmap.commitments.commitment.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.platform.web.InvalidInputException;

/**
 * Optimistic concurrency over HTTP: the ETag of a commitment is its version; a change must
 * name, in {@code If-Match}, the version it was made on.
 */
final class Preconditions {

    private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,18})\"\\s*$");

    private Preconditions() {
    }

    static String etag(Commitment commitment) {
        return "\"" + commitment.version() + "\"";
    }

    /**
     * @throws PreconditionRequiredException when the header is missing (428)
     * @throws InvalidInputException         when it is not an ETag this service issued (400)
     */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        Matcher matcher = ETAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new InvalidInputException("If-Match",
                    "must be the ETag of the commitment as last read, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A change without {@code If-Match}. */
    static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("This change needs an If-Match header with the commitment's ETag, so that it cannot"
                    + " silently overwrite a change made meanwhile by someone else.");
        }
    }
}
