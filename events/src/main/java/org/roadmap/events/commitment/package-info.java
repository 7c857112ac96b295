/** Events of {@code roadmap.commitments.v1}, published by commitments-service, keyed by commitment id. */
package org.roadmap.events.commitment;
