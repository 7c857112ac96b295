/** HTTP conventions every feature of notifications-service shares: ETags, idempotency keys, merge patches, problems. */
package org.roadmap.notifications.web;
