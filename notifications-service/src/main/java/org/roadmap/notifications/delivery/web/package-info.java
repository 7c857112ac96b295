/** HTTP API of deliveries. */
package org.roadmap.notifications.delivery.web;
