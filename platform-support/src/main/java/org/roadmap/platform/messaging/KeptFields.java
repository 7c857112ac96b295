package org.roadmap.platform.messaging;

import java.util.List;

import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.roadmap.events.commitment.ResponsibleEntity;
import org.roadmap.events.meeting.Venue;

/**
 * The texts and lists of another service's events that a consumer keeps, held to what that service takes
 * ({@link TextLimits}, {@link ListLimits}). An event with a longer one was sent by no service of the platform: it is
 * refused before anything of it is kept ({@link RefusedByRuleException}, dead-lettered at once), not stored to be
 * shown in every list, e-mail and feed and rewritten with every later change of the document that keeps it.
 */
public final class KeptFields {

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

    /** A held meeting's agenda and outcomes. */
    public static void held(List<String> agendaCommitmentIds, List<String> outcomes) {
        unlessAtMostItems("agendaCommitmentIds", agendaCommitmentIds, ListLimits.AGENDA);
        unlessAtMostItems("outcomes", outcomes, ListLimits.OUTCOMES);
    }

    private static void unlessAtMostItems(String field, List<?> items, int most) {
        if (items != null && items.size() > most) {
            throw new RefusedByRuleException(field + " must have at most " + most + " items, not " + items.size());
        }
    }
}
