/** The calendar feeds under {@code /api/v1/calendar}, to subscribe to from a calendar program. */
package org.roadmap.meetings.calendar.web;
