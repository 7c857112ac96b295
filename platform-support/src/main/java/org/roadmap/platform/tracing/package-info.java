/** Trace context that outlives the request thread. */
package org.roadmap.platform.tracing;
