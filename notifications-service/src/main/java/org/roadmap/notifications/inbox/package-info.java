/** The in-app inbox: list, unread count, mark read, and a live stream for the dashboard. */
package org.roadmap.notifications.inbox;
