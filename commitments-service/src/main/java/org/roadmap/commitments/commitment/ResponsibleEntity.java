package org.roadmap.commitments.commitment;

/**
 * An organisation answerable for a commitment on one side.
 *
 * @param country ISO 3166-1 alpha-2 of its side
 * @param role    after IATI's organisation roles: lead, implementing, funding, accountable
 */
public record ResponsibleEntity(String name, String country, String role) {
}
