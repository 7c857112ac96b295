/** What a client gets when a service behind the gateway is down or too slow. */
package org.roadmap.gateway.fallback;
