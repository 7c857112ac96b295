package org.roadmap.notifications.web;

/**
 * Who is making the request, as recorded in history. Until the platform's sign-in (the gateway
 * issue) lands every request is anonymous.
 */
public final class Actors {

    private Actors() {
    }

    public static String current() {
        return "anonymous";
    }
}
