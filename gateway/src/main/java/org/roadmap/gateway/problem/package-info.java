/** RFC 9457 problem answers written by the gateway itself: refusals, limits, errors. */
package org.roadmap.gateway.problem;
