package org.roadmap.commitments.commitment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.roadmap.commitments.config.CommitmentsProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Filtered, sorted, paginated lists of commitments. Sorting always ends on the id, so pages are
 * stable: the same request gives the same page while nothing changes.
 */
@Service
public class CommitmentSearch {

    /** Sort keys clients may use, and the stored fields they sort by. */
    public static final Map<String, List<String>> SORT_KEYS = Map.of(
            "reference", List.of("roadMapId", "pillar", "number"),
            "deadline", List.of("deadline"),
            "title", List.of("title"),
            "updatedAt", List.of("updatedAt"));

    /** Heavy fields lists leave out. */
    private static final List<String> DETAIL_FIELDS = List.of("text", "history", "currentReports", "outbox", "appended");

    private final MongoTemplate mongo;
    private final CommitmentsProperties properties;
    private final Clock clock;

    CommitmentSearch(MongoTemplate mongo, CommitmentsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    public Page<Commitment> search(CommitmentFilter filter, Pageable pageable) {
        Query query = new Query(criteria(filter));
        long total = mongo.count(query, Commitment.class);
        query.with(pageable);
        DETAIL_FIELDS.forEach(field -> query.fields().exclude(field));
        List<Commitment> page = mongo.find(query, Commitment.class);
        return new PageImpl<>(page, pageable, total);
    }

    /** Every matching commitment, whole, in reference order. */
    public List<Commitment> all(CommitmentFilter filter) {
        Query query = new Query(criteria(filter)).with(sort("reference", false));
        return mongo.find(query, Commitment.class);
    }

    /** Just what progress roll-ups and reports need of every commitment of a road map. */
    public List<Commitment> tracking(String roadMapId) {
        Query query = new Query(where("roadMapId").is(roadMapId)).with(sort("reference", false));
        List.of("roadMapId", "reference", "pillar", "number", "title", "weight", "level", "health", "disagreement",
                "deadline", "restricted", "responsibleEntities", "updatedAt", "version", "reportCount").forEach(f -> query.fields().include(f));
        return mongo.find(query, Commitment.class);
    }

    /** How many restricted commitments a road map has, by pillar: what counts leave out for those who may not see them. */
    public Map<String, Integer> restrictedByPillar(String roadMapId) {
        Query query = new Query(where("roadMapId").is(roadMapId).and("restricted").is(true));
        query.fields().include("pillar");
        Map<String, Integer> counts = new java.util.HashMap<>();
        mongo.find(query, org.bson.Document.class, "commitments")
                .forEach(c -> counts.merge(String.valueOf(c.get("pillar")), 1, Integer::sum));
        return counts;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.deadlineZone()));
    }

    public static Sort sort(String key, boolean descending) {
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        List<Sort.Order> orders = new ArrayList<>();
        SORT_KEYS.get(key).forEach(field -> orders.add(new Sort.Order(direction, field)));
        orders.add(Sort.Order.asc("_id"));
        return Sort.by(orders);
    }

    private Criteria criteria(CommitmentFilter f) {
        List<Criteria> all = new ArrayList<>();
        if (f.roadMapId() != null) {
            all.add(where("roadMapId").is(f.roadMapId()));
        }
        if (f.reference() != null) {
            all.add(where("reference").is(f.reference()));
        }
        if (f.pillar() != null) {
            all.add(where("pillar").is(f.pillar()));
        }
        if (f.level() != null) {
            all.add(where("level").is(f.level()));
        }
        if (f.health() != null) {
            all.add(where("health").is(f.health()));
        }
        if (f.entity() != null) {
            all.add(where("responsibleEntities.name").regex(contains(f.entity())));
        }
        if (f.country() != null) {
            all.add(where("responsibleEntities.country").is(f.country()));
        }
        if (f.dueBefore() != null) {
            all.add(where("deadline").lt(f.dueBefore()));
        }
        if (f.dueAfter() != null) {
            all.add(where("deadline").gt(f.dueAfter()));
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            all.add(where("deadline").lt(today()));
            all.add(where("level").ne(ImplementationLevel.COMPLETE));
        } else if (Boolean.FALSE.equals(f.overdue())) {
            all.add(new Criteria().orOperator(where("deadline").is(null), where("deadline").gte(today()),
                    where("level").is(ImplementationLevel.COMPLETE)));
        }
        if (f.text() != null) {
            Pattern words = contains(f.text());
            all.add(new Criteria().orOperator(where("reference").regex(words), where("title").regex(words),
                    where("text").regex(words)));
        }
        if (!Boolean.TRUE.equals(f.includeRestricted())) {
            all.add(where("restricted").ne(true));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private static Pattern contains(String words) {
        return Pattern.compile(Pattern.quote(words.strip()), Pattern.CASE_INSENSITIVE);
    }
}
