/**
 * The transactional outbox without transactions: an aggregate's state change and its pending
 * events are one MongoDB document write; a relay publishes them to Kafka and removes them only
 * after the broker acknowledged.
 */
package org.roadmap.platform.outbox;
