package org.roadmap.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: an aggregate's ETag is its version, and a change names in
 * {@code If-Match} the version it was made on, so the second of two concurrent edits fails
 * (412) instead of silently overwriting the first.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    /** An ETag this platform issues, weak or strong: a version in quotes. */
    public static final String FORM = "^\\s*(?:W/)?\"([0-9]{1,18})\"\\s*$";

    private static final Pattern ETAG = Pattern.compile(FORM);

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @param what the resource, for the messages, e.g. "the commitment"
     * @throws PreconditionRequiredException when the header is missing (428)
     * @throws InvalidInputException         when it is not an ETag the service issued (400)
     */
    public static long required(String header, String what) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException(what);
        }
        return optional(header, what);
    }

    /** The version in an optional {@code If-Match}; {@code null} when absent. */
    public static Long optional(String header, String what) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher matcher = ETAG.matcher(header);
        if (!matcher.matches()) {
            throw new InvalidInputException(HEADER, "must be the ETag of " + what + " as last read, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A change sent without {@code If-Match}; answered 428. */
    public static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException(String what) {
            super("This change needs an If-Match header with the ETag of " + what + ", so that it cannot"
                    + " silently overwrite a change made meanwhile by someone else.");
        }
    }
}
