/** Reads {@code roadmap.commitments.v1} into the commitment projection. */
package org.roadmap.notifications.commitment.messaging;
