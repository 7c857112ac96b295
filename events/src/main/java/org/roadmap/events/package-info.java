/**
 * The platform's event contract: what integrators and the services read off Kafka.
 * Plain Java on purpose, so any consumer can depend on it without inheriting a framework.
 */
package org.roadmap.events;
