/**
 * The durable alert schedule: which alerts each follower gets about each deadline, milestone,
 * meeting and cadence period, stored in MongoDB and fired once, on time, by whichever replica
 * holds the lease of their slice.
 */
package org.roadmap.notifications.alert;
