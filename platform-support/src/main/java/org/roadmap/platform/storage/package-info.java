/** MongoDB as every service uses it: bounded waits, so an outage is answered rather than hung. */
package org.roadmap.platform.storage;
