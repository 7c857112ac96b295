/** The problems of notifications-service's own rules. */
package org.roadmap.notifications.web;
