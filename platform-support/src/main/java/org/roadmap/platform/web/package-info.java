/** RFC 9457 problem details for every error a client can cause, naming the field at fault. */
package org.roadmap.platform.web;
