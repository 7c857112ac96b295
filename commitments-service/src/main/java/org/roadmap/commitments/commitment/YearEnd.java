package org.roadmap.commitments.commitment;

import java.time.Instant;

/**
 * A commitment as it stood when a year ended (days of the deadline zone), kept by the first write of a later year:
 * what a report on that year reads instead of replaying the commitment's logs ({@link YearEnds}).
 *
 * @param year          the year of the state's last write
 * @param state         the commitment after that write, as a list shows it
 * @param historyLength how many changes its history held then
 * @param reportCount   how many progress reports it held then
 * @param until         when the next write replaced it; the state stood at every instant before
 */
public record YearEnd(int year, Commitment state, long historyLength, long reportCount, Instant until) {
}
