/** Settings of notifications-service. */
package org.roadmap.notifications.config;
