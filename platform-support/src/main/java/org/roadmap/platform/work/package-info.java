/**
 * Leased background work: a loop runs a round of work repeatedly, each round on one replica at a time
 * under a lease in MongoDB, with one way to pause, wake, retry, stop and be measured.
 */
package org.roadmap.platform.work;
