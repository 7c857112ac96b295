/** Infrastructure every Road Map service needs the same way, written once. */
package org.roadmap.platform;
