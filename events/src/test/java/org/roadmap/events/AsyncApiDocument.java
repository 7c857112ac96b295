package org.roadmap.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The AsyncAPI document shipped in the contract jar, read as a tree, with the local
 * {@code #/...} references followed: just enough of AsyncAPI 3 for the drift tests.
 */
final class AsyncApiDocument {

    static final String RESOURCE = "/org/roadmap/events/asyncapi.yaml";

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    static AsyncApiDocument load() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The contract jar lacks " + RESOURCE);
            }
            return new AsyncApiDocument(YAMLMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode root() {
        return root;
    }

    /** Channel id to channel, in document order. */
    Map<String, JsonNode> channels() {
        return entries(root.path("channels"));
    }

    /** The channels whose address is {@code topic}. */
    List<String> channelIdsWithAddress(String topic) {
        List<String> ids = new ArrayList<>();
        channels().forEach((id, channel) -> {
            if (topic.equals(channel.path("address").asString(null))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Message key to resolved message object, of one channel. */
    Map<String, JsonNode> messagesOf(String channelId) {
        Map<String, JsonNode> messages = new LinkedHashMap<>();
        entries(root.path("channels").path(channelId).path("messages"))
                .forEach((key, message) -> messages.put(key, resolve(message)));
        return messages;
    }

    /** Every message on any channel, by the channel it is on. */
    Map<String, Map<String, JsonNode>> messagesByChannel() {
        Map<String, Map<String, JsonNode>> all = new LinkedHashMap<>();
        channels().keySet().forEach(id -> all.put(id, messagesOf(id)));
        return all;
    }

    Map<String, JsonNode> operations() {
        return entries(root.path("operations"));
    }

    /** Follows a local reference ({@code $ref: '#/...'}); other nodes are returned as they are. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && current.get("$ref").asString().startsWith("#/"); hops++) {
            if (hops > 10) {
                throw new IllegalStateException("Reference cycle at " + node);
            }
            String pointer = current.get("$ref").asString().substring(1);
            JsonNode target = root.at(pointer);
            if (target.isMissingNode()) {
                throw new IllegalStateException("asyncapi.yaml: dangling reference " + current.get("$ref").asString());
            }
            current = target;
        }
        return current;
    }

    static Map<String, JsonNode> entries(JsonNode object) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        object.properties().forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
        return entries;
    }
}
