package org.roadmap.platform.work;

/** One round of leased work. */
@FunctionalInterface
public interface Round {

    /**
     * Does one round's work while holding {@code lease}. A round of several steps calls {@link Lease#renew()}
     * before each, so it never starts a step once another replica may have taken over.
     *
     * @return how much it did (events published, alerts fired…), for whoever asked for the round
     */
    int run(Lease lease) throws InterruptedException;
}
