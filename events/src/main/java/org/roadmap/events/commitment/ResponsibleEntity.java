package org.roadmap.events.commitment;

/**
 * An organisation responsible for a commitment on one side.
 *
 * @param name    the organisation as named in the road map, e.g. {@code Ministry of Energy and Mines (MINEM)}
 * @param country ISO 3166-1 alpha-2 code of its side, e.g. {@code JP} or {@code PE}
 * @param role    its role, after IATI's organisation roles: {@code lead}, {@code implementing}, {@code funding}, {@code accountable}
 */
public record ResponsibleEntity(String name, String country, String role) {
}
