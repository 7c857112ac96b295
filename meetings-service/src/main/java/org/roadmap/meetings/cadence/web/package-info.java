/** Cadence compliance over HTTP. */
package org.roadmap.meetings.cadence.web;
