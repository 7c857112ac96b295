/** Deliveries: one per recipient, alert and channel, with status and attempts, published when final. */
package org.roadmap.notifications.delivery;
