package org.roadmap.bench;

/** A commitment of the seeded road map as a benchmark writes to it: its reference and the ETag of its current version. */
record SeededCommitment(String id, String reference, String etag) {
}
