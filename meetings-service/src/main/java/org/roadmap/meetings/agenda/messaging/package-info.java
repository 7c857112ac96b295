/** Reads {@code roadmap.commitments.v1} into the agenda commitments. */
package org.roadmap.meetings.agenda.messaging;
