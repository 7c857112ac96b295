/** Health checks that work on the embedded MongoDB-wire server and on a real replica set alike. */
package org.roadmap.platform.health;
