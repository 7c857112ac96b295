/**
 * Consuming events: CloudEvents read from Spring Cloud Stream messages, schema-checked,
 * dispatched by type and applied once per event id; malformed records go to the dead-letter topic.
 */
package org.roadmap.platform.messaging;
