/** The embedded default: one command runs Kafka, a MongoDB-wire server, the local token issuer and the four services, without Docker. */
package org.roadmap.launcher;
