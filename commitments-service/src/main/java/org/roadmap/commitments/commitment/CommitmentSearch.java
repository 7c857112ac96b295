package org.roadmap.commitments.commitment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.roadmap.commitments.config.CommitmentsProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Filtered, sorted, paginated lists of commitments, counts and roll-ups, from the listed commitments
 * ({@link ListedCommitments}); whole commitments of a road map (progress sheets, annual reports) from
 * storage. Sorting always ends on the id, so pages are stable: the same request gives the same page while
 * nothing changes.
 */
@Service
public class CommitmentSearch {

    /** Sort keys clients may use, and the stored fields they sort by. */
    public static final Map<String, List<String>> SORT_KEYS = Map.of(
            "reference", List.of("roadMapId", "pillar", "number"),
            "deadline", List.of("deadline"),
            "title", List.of("title"),
            "updatedAt", List.of("updatedAt"));

    /** How a stored field of a sort compares, as MongoDB orders it (no value first). */
    private static final Map<String, Comparator<Commitment>> FIELD_ORDER = Map.of(
            "roadMapId", Comparator.comparing(Commitment::roadMapId, Comparator.nullsFirst(Comparator.naturalOrder())),
            "pillar", Comparator.comparing(Commitment::pillar, Comparator.nullsFirst(Comparator.naturalOrder())),
            "number", Comparator.comparingInt(Commitment::number),
            "deadline", Comparator.comparing(Commitment::deadline, Comparator.nullsFirst(Comparator.naturalOrder())),
            "title", Comparator.comparing(Commitment::title, Comparator.nullsFirst(Comparator.naturalOrder())),
            "updatedAt", Comparator.comparing(Commitment::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())),
            "_id", Comparator.comparing(Commitment::id));

    private final MongoTemplate mongo;
    private final ListedCommitments listed;
    private final CommitmentsProperties properties;
    private final Clock clock;

    CommitmentSearch(MongoTemplate mongo, ListedCommitments listed, CommitmentsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.listed = listed;
        this.properties = properties;
        this.clock = clock;
    }

    /** A page of the commitments {@code filter} lets through, as a list shows them (without their text). */
    public Page<Commitment> search(CommitmentFilter filter, Pageable pageable) {
        List<Commitment> matching = matching(filter).toList();
        long end = Math.min(pageable.getOffset() + pageable.getPageSize(), matching.size());
        List<Commitment> first = PageSelection.first((int) end, matching, order(pageable.getSort()));
        int from = (int) Math.min(pageable.getOffset(), first.size());
        return new PageImpl<>(first.subList(from, first.size()), pageable, matching.size());
    }

    /** Every matching commitment, whole, in reference order: chosen from the listed ones, read by {@code _id}. */
    public List<Commitment> all(CommitmentFilter filter) {
        List<String> ids = matching(filter).sorted(order(sort("reference", false))).map(Commitment::id).toList();
        Map<String, Commitment> whole = whole(ids);
        return ids.stream().map(whole::get).filter(Objects::nonNull).toList();
    }

    /** The commitments {@code ids} name, whole, by id, in one read by {@code _id}; those not stored left out. */
    public Map<String, Commitment> whole(Collection<String> ids) {
        Map<String, Commitment> whole = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(new Query(where("_id").in(ids)), Commitment.class).forEach(c -> whole.put(c.id(), c));
        }
        return whole;
    }

    /** What progress roll-ups need of every commitment of a road map, as listed, in reference order. */
    public List<Commitment> tracking(String roadMapId) {
        return matching(CommitmentFilter.ofRoadMap(roadMapId)).sorted(order(sort("reference", false))).toList();
    }

    /** How many restricted commitments a road map has, by pillar: what counts leave out for those who may not see them. */
    public Map<String, Integer> restrictedByPillar(String roadMapId) {
        Map<String, Integer> counts = new HashMap<>();
        listed.all().map(ListedCommitments.Listed::commitment)
                .filter(c -> roadMapId.equals(c.roadMapId()) && c.restricted())
                .forEach(c -> counts.merge(c.pillar(), 1, Integer::sum));
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

    /** The listed commitments {@code f} lets through. */
    private Stream<Commitment> matching(CommitmentFilter f) {
        LocalDate today = f.overdue() == null ? null : today();
        String entity = f.entity() == null ? null : f.entity().strip().toLowerCase(Locale.ROOT);
        String text = f.text() == null ? null : f.text().strip().toLowerCase(Locale.ROOT);
        return listed.all().filter(l -> {
            Commitment c = l.commitment();
            return (f.roadMapId() == null || f.roadMapId().equals(c.roadMapId()))
                    && (f.reference() == null || f.reference().equals(c.reference()))
                    && (f.pillar() == null || f.pillar().equals(c.pillar()))
                    && (f.level() == null || f.level() == c.level())
                    && (f.health() == null || f.health() == c.health())
                    && (entity == null || l.entityNames().stream().anyMatch(name -> name.contains(entity)))
                    && (f.country() == null || c.responsibleEntities().stream()
                            .anyMatch(e -> f.country().equals(e.country())))
                    && (f.dueBefore() == null || c.deadline() != null && c.deadline().isBefore(f.dueBefore()))
                    && (f.dueAfter() == null || c.deadline() != null && c.deadline().isAfter(f.dueAfter()))
                    && (f.overdue() == null || f.overdue() == c.isOverdue(today))
                    && (text == null || l.words().contains(text))
                    && (Boolean.TRUE.equals(f.includeRestricted()) || !c.restricted());
        }).map(ListedCommitments.Listed::commitment);
    }

    private static Comparator<Commitment> order(Sort sort) {
        Comparator<Commitment> order = null;
        for (Sort.Order field : sort) {
            Comparator<Commitment> next = FIELD_ORDER.get(field.getProperty());
            next = field.isDescending() ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        return order == null ? FIELD_ORDER.get("_id") : order;
    }
}
