/**
 * The fault suite: a steady write load through the gateway while parts of the platform are killed
 * or stopped, then a check that every acknowledged write, its event and what it caused are there
 * exactly once.
 */
package org.roadmap.bench.faults;
