/**
 * What notifications-service knows of commitments, built from commitment events only: the
 * deadlines and responsible entities its alerts and subscriptions are about.
 */
package org.roadmap.notifications.commitment;
