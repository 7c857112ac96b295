/**
 * Benchmarks of the platform, each measured against a baseline in the same run, and what they share with the fault
 * suite ({@code faults}): the platform a run starts, its HTTP client and its open-loop load.
 */
package org.roadmap.bench;
