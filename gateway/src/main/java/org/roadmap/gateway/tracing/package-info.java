/** Following a request: its id, echoed to the caller and passed on to the services with the W3C trace context. */
package org.roadmap.gateway.tracing;
