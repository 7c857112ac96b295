/** Benchmarks of the platform, each measured against a baseline in the same run. */
package org.roadmap.bench;
