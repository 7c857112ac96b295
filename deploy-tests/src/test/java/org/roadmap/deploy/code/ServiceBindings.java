package org.roadmap.deploy.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roadmap.deploy.chart.HelmChart;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kafka consumers a service's application.yml declares (its first document, the defaults every
 * runtime shape starts from): topic, consumer group and dead-letter topic of each input binding.
 */
public record ServiceBindings(String service, List<Consumer> consumers) {

    public static final List<String> SERVICES = List.of("commitments-service", "meetings-service", "notifications-service");

    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * @param group       the consumer group, as the binder names it: the binding's group, else the
     *                    service's name (platform-support's spring.cloud.stream.default.group)
     * @param deadLetters the dead-letter topic, absent where the binding turns dead letters off
     */
    public record Consumer(String binding, String topic, String group, Optional<String> deadLetters) {

        /** A group named with a placeholder (one per replica) is known by what comes before it. */
        public boolean groupIsPrefix() {
            return group.contains("${");
        }

        public String groupPrefix() {
            return groupIsPrefix() ? group.substring(0, group.indexOf("${")) : group;
        }
    }

    public static List<ServiceBindings> ofAllServices() {
        return SERVICES.stream().map(ServiceBindings::of).toList();
    }

    public static ServiceBindings of(String service) {
        Path file = HelmChart.REPOSITORY.resolve(service).resolve("src/main/resources/application.yml");
        JsonNode defaults;
        try (var documents = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            defaults = (JsonNode) documents.nextValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = defaults.path("spring").path("application").path("name").asString();
        JsonNode stream = defaults.path("spring").path("cloud").path("stream");
        List<Consumer> consumers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> binding : stream.path("bindings").properties()) {
            if (!binding.getKey().contains("-in-")) {
                continue;
            }
            JsonNode kafkaConsumer = stream.path("kafka").path("bindings").path(binding.getKey()).path("consumer");
            String topic = binding.getValue().path("destination").asString();
            String group = binding.getValue().path("group").asString(name);
            boolean deadLetters = kafkaConsumer.path("enable-dlq").asBoolean(true);
            // the binder's own default name, when a binding sends dead letters without naming the topic
            String deadLetterTopic = kafkaConsumer.path("dlq-name").asString("error." + topic + "." + group);
            consumers.add(new Consumer(binding.getKey(), topic, group, deadLetters ? Optional.of(deadLetterTopic) : Optional.empty()));
        }
        return new ServiceBindings(name, List.copyOf(consumers));
    }
}
