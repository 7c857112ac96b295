package org.roadmap.platform.messaging;

/**
 * Input a rule of the service refuses (a zone no one knows, a title too long for a series), which no later attempt
 * changes. An event a handler refuses this way is dead-lettered at its first attempt, as an unreadable one is, rather
 * than holding its partition through the back-off of more ({@link BatchDeadLetters}). A service's own refusals
 * extend it; where the same refusal answers a request, it is still the service's 4xx problem.
 */
public class RefusedByRuleException extends RuntimeException {

    public RefusedByRuleException(String message) {
        super(message);
    }

    /**
     * Refuses {@code text} longer than {@code longest} UTF-16 units, as the API's {@code @Size} counts them; a null
     * text passes.
     */
    public static void unlessAtMost(String field, String text, int longest) {
        if (text != null && text.length() > longest) {
            throw new RefusedByRuleException(field + " must be up to " + longest + " characters");
        }
    }
}
