/** Checking bearer tokens once while they are valid, for the services and the gateway alike. */
package org.roadmap.platform.tokens;
