/** A meeting as known from events, and its alert schedule. */
package org.roadmap.notifications.meeting.web;
