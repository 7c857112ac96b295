package org.roadmap.events.commitment;

import java.time.LocalDate;
import java.util.List;

import org.roadmap.events.Identifier;

/**
 * A commitment entered the platform, from a road map import or by hand.
 *
 * @param reference           pillar and item number as printed, e.g. {@code II.7}
 * @param pillar              the pillar's roman numeral, e.g. {@code II}
 * @param deadline            the due date where the text sets one, else absent
 * @param restricted          hidden from integrators (e.g. parts of the security pillar)
 * @param cadence             {@code one-off}, {@code annual}, {@code biennial}, {@code periodic} or {@code ongoing}; optional
 * @param meetingSeries       the meeting series the commitment implies, if any
 */
public record CommitmentRegistered(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reference,
        String pillar,
        int number,
        String title,
        String text,
        List<ResponsibleEntity> responsibleEntities,
        LocalDate deadline,
        boolean restricted,
        String registeredBy,
        String cadence,
        @Identifier String meetingSeries) {
}
