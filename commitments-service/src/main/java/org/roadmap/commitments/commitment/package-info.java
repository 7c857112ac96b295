/** Commitments of a road map: registration, lookup, and the events other services build on. */
package org.roadmap.commitments.commitment;
