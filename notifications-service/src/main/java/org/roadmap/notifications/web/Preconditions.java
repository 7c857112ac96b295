package org.roadmap.notifications.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.platform.web.InvalidInputException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version; a change must name, in
 * {@code If-Match}, the version it was made on.
 */
public final class Preconditions {

    private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,18})\"\\s*$");

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @throws PreconditionRequiredException when the header is missing (428)
     * @throws InvalidInputException         when it is not an ETag this service issued (400)
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        Matcher matcher = ETAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new InvalidInputException("If-Match", "must be the ETag of the resource as last read, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A change without {@code If-Match}. */
    public static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("This change needs an If-Match header with the resource's ETag, so that it cannot"
                    + " silently overwrite a change made meanwhile by someone else.");
        }
    }
}
