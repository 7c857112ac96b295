package org.roadmap.commitments.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a person reads out of a road map's text once, so nobody re-types it: per commitment, a
 * short title, the responsible entities of each side with their role, the cadence, any
 * deadline and the meeting series it implies. Kept as a reviewed file beside the text
 * ({@code roadmaps/<id>.annotations.yml}); a test checks it against the text.
 *
 * @param roadMapId   stable id of the road map, e.g. {@code jp-pe-2024-2033}
 * @param document    classpath file name of the road map's text
 */
public record RoadMapAnnotations(String roadMapId, String name, String document, List<Party> parties,
        Map<String, CommitmentAnnotation> commitments) {

    /**
     * @param country ISO 3166-1 alpha-2, e.g. {@code JP}
     * @param zone    IANA time zone of the party's capital, e.g. {@code Asia/Tokyo}
     */
    public record Party(String country, String name, String zone) {
    }

    /**
     * @param title         a short title a person would use, at most 80 characters
     * @param cadence       {@code one-off}, {@code annual}, {@code biennial}, {@code periodic} or {@code ongoing}
     * @param venue         {@code alternating} or {@code fixed} where the commitment implies meetings, else absent
     * @param deadline      due date where the text sets one, e.g. III.1: within one year of signature
     * @param deadlineRule  the words of the text that set the deadline
     * @param meetingSeries id of the meeting series the commitment implies, shared with meetings-service
     * @param restricted    hidden from integrators
     * @param weight        weight in the pillar's progress roll-up; 1 unless the text makes it weightier
     */
    public record CommitmentAnnotation(String title, List<ResponsibleEntityAnnotation> responsible, String cadence,
            String venue, LocalDate deadline, String deadlineRule, String meetingSeries, boolean restricted,
            double weight) {
    }

    /**
     * @param role        {@code lead}, {@code implementing}, {@code funding} or {@code accountable} (IATI organisation roles)
     * @param mentionedAs the words naming the entity in the item's text, or absent where the
     *                    entity is inferred (e.g. the foreign ministries lead where the text names nobody)
     */
    public record ResponsibleEntityAnnotation(String name, String country, String role, String mentionedAs) {
    }

    public static RoadMapAnnotations load(InputStream yaml) {
        try (yaml) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(yaml);
            RoadMapAnnotations annotations = fromMap(root);
            if (annotations.parties().size() > ListLimits.PARTIES) {
                // each confirmed series is offered to meetings-service with them, which takes as many as this
                throw new IllegalArgumentException("Annotations name more than " + ListLimits.PARTIES + " parties");
            }
            annotations.commitments().forEach(RoadMapAnnotations::check);
            return annotations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static RoadMapAnnotations fromMap(Map<String, Object> root) {
        List<Party> parties = ((List<Map<String, Object>>) root.get("parties")).stream()
                .map(p -> new Party(string(p, "country"), string(p, "name"), string(p, "zone"))).toList();
        Map<String, CommitmentAnnotation> commitments = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) root.get("commitments")).forEach((reference, c) -> commitments.put(reference,
                new CommitmentAnnotation(string(c, "title"),
                        ((List<Map<String, Object>>) c.getOrDefault("responsible", List.of())).stream()
                                .map(e -> new ResponsibleEntityAnnotation(string(e, "name"), string(e, "country"),
                                        string(e, "role"), string(e, "mentionedAs")))
                                .toList(),
                        string(c, "cadence"), string(c, "venue"), date(c.get("deadline")), string(c, "deadlineRule"),
                        string(c, "meetingSeries"), flag(c.get("restricted")),
                        c.get("weight") instanceof Number weight ? weight.doubleValue() : 1.0)));
        return new RoadMapAnnotations(string(root, "roadMapId"), string(root, "name"), string(root, "document"),
                parties, commitments);
    }

    private static final java.util.Set<String> CADENCES = java.util.Set.of("one-off", "annual", "biennial", "periodic", "ongoing");
    private static final java.util.Set<String> ROLES = java.util.Set.of("lead", "implementing", "funding", "accountable");
    private static final java.util.Set<String> VENUES = java.util.Set.of("fixed", "alternating");

    /** Refuses values the platform does not know, naming the commitment, rather than importing them. */
    private static void check(String reference, CommitmentAnnotation c) {
        require(c.title() != null && !c.title().isBlank(), reference, "has no title");
        // what the API takes, and so what the services that keep a commitment's title take from its events
        require(c.title().length() <= TextLimits.COMMITMENT_TITLE, reference,
                "has a title longer than " + TextLimits.COMMITMENT_TITLE + " characters");
        require(c.cadence() == null || CADENCES.contains(c.cadence()), reference, "has cadence " + c.cadence());
        require(c.venue() == null || VENUES.contains(c.venue()), reference, "has venue " + c.venue());
        require(c.responsible().size() <= ListLimits.RESPONSIBLE_ENTITIES, reference,
                "names more than " + ListLimits.RESPONSIBLE_ENTITIES + " responsible entities");
        for (ResponsibleEntityAnnotation e : c.responsible()) {
            require(e.name() != null && e.country() != null && ROLES.contains(e.role()), reference,
                    "has an incomplete responsible entity " + e);
            require(e.name().length() <= TextLimits.ENTITY_NAME, reference,
                    "names an entity in more than " + TextLimits.ENTITY_NAME + " characters");
        }
    }

    private static void require(boolean condition, String reference, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Annotation of " + reference + " " + problem);
        }
    }

    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static boolean flag(Object value) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw new IllegalArgumentException("restricted must be true or false, not '" + value + "'");
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
