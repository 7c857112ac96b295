/** iCalendar feeds (RFC 5545, RFC 7986) of meeting series, per series, per commitment and for everything. */
package org.roadmap.meetings.calendar;
