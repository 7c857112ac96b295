/** The consumer of {@code roadmap.meetings.v1}. */
package org.roadmap.notifications.meeting.messaging;
