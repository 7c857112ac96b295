package org.roadmap.platform.messaging;

import java.util.List;

import org.roadmap.events.TextLimits;
import org.roadmap.events.commitment.ResponsibleEntity;
import org.roadmap.events.meeting.Venue;

/**
 * The texts of another service's events that a consumer keeps, held to what that service takes ({@link TextLimits}).
 * An event with a longer one was sent by no service of the platform: it is refused before anything of it is kept
 * ({@link RefusedByRuleException}, dead-lettered at once), not stored to be shown in every list, e-mail and feed.
 */
public final class KeptTexts {

    private KeptTexts() {
    }

    /** A commitment's title (or a milestone's) and the names of the entities responsible for it. */
    public static void commitment(String title, List<ResponsibleEntity> entities) {
        RefusedByRuleException.unlessAtMost("title", title, TextLimits.COMMITMENT_TITLE);
        if (entities != null) {
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
}
