package org.roadmap.events;

/**
 * The CloudEvents {@code source} of each producing service, {@code /roadmap/<service name>} (the
 * services set it from {@code spring.application.name}). Each owns one topic, see {@link Topics#owner}.
 */
public final class Sources {

    public static final String COMMITMENTS_SERVICE = "/roadmap/commitments-service";
    public static final String MEETINGS_SERVICE = "/roadmap/meetings-service";
    public static final String NOTIFICATIONS_SERVICE = "/roadmap/notifications-service";

    private Sources() {
    }
}
