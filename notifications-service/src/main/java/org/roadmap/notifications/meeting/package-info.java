/** Meetings and cadence periods as meetings-service reports them: what meeting alerts are about. */
package org.roadmap.notifications.meeting;
