/** Events of {@code roadmap.meetings.v1}, published by meetings-service, keyed by meeting series id. */
package org.roadmap.events.meeting;
