/** Settings of meetings-service. */
package org.roadmap.meetings.config;
