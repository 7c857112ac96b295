/**
 * Per-route limits: request rate per client (an in-memory token bucket per gateway replica) and
 * request size, refused with problems before a service sees the request.
 */
package org.roadmap.gateway.limits;
