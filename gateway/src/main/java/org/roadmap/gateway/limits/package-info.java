/**
 * Per-route limits: request rate per client (token buckets shared by every gateway replica through
 * MongoDB, or one replica's memory) and request size, refused with problems before a service sees the
 * request.
 */
package org.roadmap.gateway.limits;
