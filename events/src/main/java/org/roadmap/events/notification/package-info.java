/**
 * Events of {@code roadmap.notifications.v1}, published by notifications-service for audit,
 * keyed by recipient id. They carry ids only, no personal data.
 */
package org.roadmap.events.notification;
