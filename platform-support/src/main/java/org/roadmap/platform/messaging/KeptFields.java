package org.roadmap.platform.messaging;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.roadmap.events.Identifier;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.roadmap.events.commitment.ResponsibleEntity;
import org.roadmap.events.meeting.Venue;

/**
 * The texts, lists and ids of another service's events that a consumer keeps, held to what that service makes
 * ({@link TextLimits}, {@link ListLimits}, {@link Identifier}). An event with a longer one was sent by no service of
 * the platform: it is refused before anything of it is kept ({@link RefusedByRuleException}, dead-lettered at once),
 * not stored to be shown in every list, e-mail and feed and rewritten with every later change of the document that
 * keeps it.
 */
public final class KeptFields {

    /** The components of each event data type that are ids, looked up once per type. */
    private static final ClassValue<List<RecordComponent>> IDS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.isAnnotationPresent(Identifier.class)).toList() : List.of();
        }
    };

    private KeptFields() {
    }

    /** A commitment's title (or a milestone's) and the entities responsible for it, with their names. */
    public static void commitment(String title, List<ResponsibleEntity> entities) {
        RefusedByRuleException.unlessAtMost("title", title, TextLimits.COMMITMENT_TITLE);
        if (entities != null) {
            unlessAtMostItems("responsibleEntities", entities, ListLimits.RESPONSIBLE_ENTITIES);
            for (int i = 0; i < entities.size(); i++) {
                RefusedByRuleException.unlessAtMost("responsibleEntities[" + i + "].name",
                        entities.get(i) == null ? null : entities.get(i).name(), TextLimits.ENTITY_NAME);
            }
        }
    }

    /** A milestone's title. */
    public static void milestone(String title) {
        RefusedByRuleException.unlessAtMost("title", title, TextLimits.COMMITMENT_TITLE);
    }

    /** A meeting series' title, which each of its meetings' events carries, and the city and zone of its venue. */
    public static void meeting(String title, Venue venue) {
        RefusedByRuleException.unlessAtMost("title", title, TextLimits.SERIES_TITLE);
        if (venue != null) {
            RefusedByRuleException.unlessAtMost("venue.city", venue.city(), TextLimits.PLACE_NAME);
            RefusedByRuleException.unlessAtMost("venue.timeZone", venue.timeZone(), TextLimits.TIME_ZONE);
        }
    }

    /** The commitments a meeting series serves, as its events, its meetings' and its periods' carry them. */
    public static void servedCommitments(List<String> commitmentIds) {
        unlessAtMostItems("commitmentIds", commitmentIds, ListLimits.SERIES_COMMITMENTS);
    }

    /** A held meeting's agenda and outcomes, and who recorded it. */
    public static void held(List<String> agendaCommitmentIds, List<String> outcomes, String recordedBy) {
        unlessAtMostItems("agendaCommitmentIds", agendaCommitmentIds, ListLimits.AGENDA);
        unlessAtMostItems("outcomes", outcomes, ListLimits.OUTCOMES);
        RefusedByRuleException.unlessAtMost("recordedBy", recordedBy, TextLimits.ACTOR);
    }

    /** An offered series' title and organiser, as the API would take them, and who confirmed the offer. */
    public static void offeredSeries(String title, String organiser, String offeredBy) {
        RefusedByRuleException.unlessAtMost("title", title, TextLimits.SERIES_TITLE);
        RefusedByRuleException.unlessAtMost("organiser", organiser, TextLimits.ORGANISER);
        RefusedByRuleException.unlessAtMost("offeredBy", offeredBy, TextLimits.ACTOR);
    }

    /**
     * The ids an event's data names ({@link Identifier}), each at most {@link TextLimits#ID} characters: consumers keep
     * them as keys and look things up by them. Checked for every event a consumer applies ({@code InboundEvents}).
     */
    public static void ids(Object data) {
        for (RecordComponent component : IDS.get(data.getClass())) {
            Object value = read(component, data);
            if (value instanceof String id) {
                RefusedByRuleException.unlessAtMost(component.getName(), id, TextLimits.ID);
            } else if (value instanceof List<?> ids) {
                for (int i = 0; i < ids.size(); i++) {
                    if (ids.get(i) instanceof String id) {
                        RefusedByRuleException.unlessAtMost(component.getName() + "[" + i + "]", id, TextLimits.ID);
                    }
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object data) {
        try {
            return component.getAccessor().invoke(data);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + data.getClass(), e);
        }
    }

    private static void unlessAtMostItems(String field, List<?> items, int most) {
        if (items != null && items.size() > most) {
            throw new RefusedByRuleException(field + " must have at most " + most + " items, not " + items.size());
        }
    }
}
