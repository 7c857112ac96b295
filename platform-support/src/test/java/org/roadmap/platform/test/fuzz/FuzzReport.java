package org.roadmap.platform.test.fuzz;

import java.util.List;
import java.util.Map;

/**
 * What a fuzzing run saw.
 *
 * @param requests the number of requests sent
 * @param statuses how many answers had each status
 * @param findings the answers that break the platform's rules: a 5xx, an error that is not
 *                 problem+json, or one that shows internals (stack traces, class names)
 */
public record FuzzReport(int requests, Map<Integer, Integer> statuses, List<Finding> findings) {

    /** One answer that breaks a rule, with what was sent. */
    public record Finding(String request, int status, String rule, String body) {

        @Override
        public String toString() {
            return request + " -> " + status + " (" + rule + "): "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    public String summary() {
        return requests + " requests, statuses " + statuses + ", " + findings.size() + " findings";
    }
}
