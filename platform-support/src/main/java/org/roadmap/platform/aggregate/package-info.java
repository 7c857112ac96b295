/**
 * What any aggregate's use cases may refuse, the same way in every service: a stale version, a
 * change its rules forbid, an Idempotency-Key reused, a write that kept losing to others. The
 * platform answers each with one RFC 9457 problem.
 */
package org.roadmap.platform.aggregate;
