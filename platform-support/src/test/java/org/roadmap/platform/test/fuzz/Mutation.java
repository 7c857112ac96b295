package org.roadmap.platform.test.fuzz;

import java.util.Random;

/**
 * One way to spoil (or compatibly change) a well-formed event.
 *
 * @param kind  the family it belongs to (e.g. {@code required field removed}); every run covers each family
 * @param maker builds the {@code n}-th record, drawing its hostile values from the run's random source
 */
record Mutation(String kind, Maker maker) {

    interface Maker {
        FuzzedRecord make(int n, Random random);
    }

    FuzzedRecord make(int n, Random random) {
        return maker.make(n, random);
    }
}
