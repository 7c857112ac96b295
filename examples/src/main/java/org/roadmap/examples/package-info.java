/**
 * How an integrator reads the platform's event topics with the plain Kafka Java client: follow a
 * topic as a consumer group, replay from a point in time, rebuild current state from the log, read
 * dead letters. docs/integrators.md quotes these classes; the module's tests run them.
 */
package org.roadmap.examples;
