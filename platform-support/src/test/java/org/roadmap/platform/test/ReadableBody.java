package org.roadmap.platform.test;

import java.util.Arrays;

import org.roadmap.events.EventJson;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A body as a worked example shows it: JSON pretty-printed, an answer's long arrays cut to their first items
 * (a request's JSON is shown whole: it is what to send), a calendar to its first event, any other text to its
 * first lines. An example is read, not parsed: what is cut says how much.
 */
final class ReadableBody {

    static final int ARRAY_ITEMS_SHOWN = 2;
    static final int TEXT_LINES_SHOWN = 15;

    /** A longer array is cut; one item more than shown is not worth a note of its own. */
    private static final int LONG_ARRAY = ARRAY_ITEMS_SHOWN + 1;
    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writer().with(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")).withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private ReadableBody() {
    }

    /** An answer's body; {@code ""} for none. */
    static String answered(String contentType, String body) {
        return of(contentType, body, true);
    }

    /** A request's body; {@code ""} for none. */
    static String sent(String contentType, String body) {
        return of(contentType, body, false);
    }

    private static String of(String contentType, String body, boolean cutArrays) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        String mediaType = contentType.split(";")[0].strip();
        if (mediaType.endsWith("json")) {
            JsonNode json = EventJson.tree(body);
            return PRETTY.writeValueAsString(cutArrays ? cut(json) : json);
        }
        if (mediaType.equals("text/event-stream")) {
            // already cut, after its first event (ApiClient#firstEvent)
            return body.strip();
        }
        if (mediaType.equals("text/calendar")) {
            return firstEvent(body.replace("\r\n", "\n").strip());
        }
        return firstLines(body.replace("\r\n", "\n").strip().split("\n"), TEXT_LINES_SHOWN);
    }

    /** A calendar up to the end of its first event, its time zones left out: long, and the same in every feed. */
    private static String firstEvent(String calendar) {
        String[] lines = calendar.replaceAll("(?s)BEGIN:VTIMEZONE\nTZID:([^\n]*)\n.*?END:VTIMEZONE\n",
                "… VTIMEZONE of $1 left out\n").split("\n");
        int end = Arrays.asList(lines).indexOf("END:VEVENT");
        return firstLines(lines, end < 0 ? TEXT_LINES_SHOWN : end + 1);
    }

    private static String firstLines(String[] lines, int shown) {
        if (lines.length <= shown + 1) {
            return String.join("\n", lines);
        }
        return String.join("\n", Arrays.copyOf(lines, shown)) + "\n… " + (lines.length - shown) + " more lines";
    }

    private static JsonNode cut(JsonNode node) {
        if (node.isArray()) {
            ArrayNode shown = JsonNodeFactory.instance.arrayNode();
            int items = node.size() > LONG_ARRAY ? ARRAY_ITEMS_SHOWN : node.size();
            for (int i = 0; i < items; i++) {
                shown.add(cut(node.get(i)));
            }
            if (items < node.size()) {
                shown.add("… " + (node.size() - items) + " more");
            }
            return shown;
        }
        if (node.isObject()) {
            ObjectNode shown = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> shown.set(field.getKey(), cut(field.getValue())));
            return shown;
        }
        return node;
    }
}
