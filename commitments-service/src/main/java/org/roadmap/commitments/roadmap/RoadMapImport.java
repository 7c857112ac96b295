package org.roadmap.commitments.roadmap;

import org.roadmap.platform.aggregate.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.NewCommitment;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.commitments.roadmap.RoadMapAnnotations.CommitmentAnnotation;
import org.roadmap.commitments.roadmap.suggestion.Countries;
import org.roadmap.commitments.roadmap.suggestion.GazetteerStore;
import org.roadmap.commitments.roadmap.suggestion.SuggestedParty;
import org.roadmap.commitments.roadmap.suggestion.Suggester;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports a road map document: the road map, then one commitment per numbered item, structured
 * from its reviewed annotations where they exist, else suggested from its text ({@link Suggester},
 * with the gazetteer as stored) for a person to confirm.
 * Idempotent: the same document (by content digest) imported again changes nothing, and an
 * import interrupted half-way completes on the next attempt, because each commitment's id
 * derives from the road map and its reference.
 */
@Service
public class RoadMapImport {

    private final MongoTemplate mongo;
    private final RoadMaps roadMaps;
    private final CommitmentManagement commitments;
    private final GazetteerStore gazetteer;
    private final Clock clock;
    private final RoadMapCatalogue catalogue;

    RoadMapImport(MongoTemplate mongo, RoadMaps roadMaps, CommitmentManagement commitments, GazetteerStore gazetteer,
            Clock clock, RoadMapCatalogue catalogue) {
        this.mongo = mongo;
        this.catalogue = catalogue;
        this.roadMaps = roadMaps;
        this.commitments = commitments;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /**
     * An import's result; {@code created} is false when the document had been imported before.
     *
     * @param commitments its commitments as stored, in text order, with their suggestions
     */
    public record Imported(RoadMap roadMap, boolean created, List<Commitment> commitments) {
    }

    /** Imports a document sent by a user, with suggested structure for a person to confirm. */
    public Imported importDocument(String text, String actor) {
        return importDocument(RoadMapText.parse(text), null, actor);
    }

    /** Imports a road map shipped with the service: its text and reviewed annotations on the classpath. */
    public Imported importShipped(String annotationsResource, String actor) {
        RoadMapAnnotations annotations = RoadMapAnnotations.load(open(annotationsResource));
        String directory = annotationsResource.substring(0, annotationsResource.lastIndexOf('/') + 1);
        try (InputStream text = open(directory + annotations.document())) {
            return importDocument(RoadMapText.parse(new String(text.readAllBytes(), StandardCharsets.UTF_8)),
                    annotations, actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Imported importDocument(RoadMapDocument document, RoadMapAnnotations annotations, String actor) {
        String digest = digest(document);
        boolean created = false;
        RoadMap roadMap = roadMaps.findByDigest(digest).orElse(null);
        Suggester suggester = annotations == null ? new Suggester(gazetteer.current(), Countries.shipped()) : null;
        if (roadMap == null) {
            roadMap = newRoadMap(document, annotations, digest, actor, suggester);
            try {
                mongo.insert(roadMap);
                created = true;
            } catch (DuplicateKeyException concurrentImport) {
                roadMap = roadMaps.findByDigest(digest).orElseThrow(() -> concurrentImport);
            }
            // listed by this replica at once, whoever lists next
            catalogue.imported(roadMap);
        }
        return new Imported(roadMap, created, registerCommitments(roadMap, document, annotations, actor, suggester));
    }

    private List<Commitment> registerCommitments(RoadMap roadMap, RoadMapDocument document,
            RoadMapAnnotations annotations, String actor, Suggester suggester) {
        List<Commitment> registered = new ArrayList<>();
        for (RoadMapDocument.Pillar pillar : document.pillars()) {
            for (RoadMapDocument.Item item : pillar.items()) {
                CommitmentAnnotation annotation = annotations == null ? null
                        : annotations.commitments().get(item.reference());
                NewCommitment commitment = annotation == null
                        ? CommitmentSuggestions.suggest(roadMap.id(), roadMap.digest().substring(0, 8), pillar, item,
                                roadMap.signedOn(), roadMap.parties(),
                                suggester == null ? Suggester.shipped() : suggester)
                        : curated(roadMap.id(), pillar, item, annotation);
                registered.add(commitments.register(commitment, actor, "import:" + item.reference()));
            }
        }
        return registered;
    }

    private static NewCommitment curated(String roadMapId, RoadMapDocument.Pillar pillar, RoadMapDocument.Item item,
            CommitmentAnnotation a) {
        List<ResponsibleEntity> entities = a.responsible().stream()
                .map(e -> new ResponsibleEntity(e.name(), e.country(), e.role())).toList();
        return new NewCommitment(roadMapId, pillar.numeral(), item.number(), a.title(), item.text(), entities,
                a.cadence() == null ? Cadence.ONGOING : Cadence.ofCode(a.cadence()), a.venue(), a.meetingSeries(),
                a.deadline(), a.restricted(), a.weight(), Annotation.CURATED);
    }

    private RoadMap newRoadMap(RoadMapDocument document, RoadMapAnnotations annotations, String digest, String actor,
            Suggester suggester) {
        List<RoadMap.PillarInfo> pillars = document.pillars().stream()
                .map(p -> new RoadMap.PillarInfo(p.numeral(), p.number(), p.title(), p.items().size())).toList();
        String id = annotations != null ? annotations.roadMapId() : slug(document.title()) + "-" + digest.substring(0, 8);
        List<SuggestedParty> suggested = annotations != null ? null : suggester.parties(document);
        List<RoadMap.Party> parties = annotations != null
                ? annotations.parties().stream().map(p -> new RoadMap.Party(p.country(), p.name(), p.zone())).toList()
                : suggested.stream().map(p -> new RoadMap.Party(p.country(), p.name(), p.zone())).toList();
        String name = annotations != null ? annotations.name() : document.title();
        return new RoadMap(id, document.title(), name, document.place(), document.signedOn(), document.source(), digest,
                parties, pillars, document.itemCount(), annotations != null, clock.instant(), actor, suggested);
    }

    static String digest(RoadMapDocument document) {
        StringBuilder canonical = new StringBuilder(document.title()).append('\n').append(document.signedOn());
        for (RoadMapDocument.Pillar pillar : document.pillars()) {
            canonical.append('\n').append(pillar.numeral()).append(' ').append(pillar.title());
            pillar.items().forEach(item -> canonical.append('\n').append(item.reference()).append(' ').append(item.text()));
        }
        return Fingerprint.of(canonical.toString());
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }

    private static InputStream open(String resource) {
        try {
            return new ClassPathResource(resource).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing road map resource " + resource, e);
        }
    }
}
