/** What each recipient follows (road map, pillar, commitment, responsible entity, meeting series, kind) and how far ahead. */
package org.roadmap.notifications.subscription;
