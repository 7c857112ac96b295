package org.roadmap.meetings.series.web;

/**
 * Who is making the request, as recorded in history. Until the platform's sign-in (the gateway
 * issue) lands every request is anonymous.
 */
final class Actors {

    private Actors() {
    }

    static String current() {
        return "anonymous";
    }
}
