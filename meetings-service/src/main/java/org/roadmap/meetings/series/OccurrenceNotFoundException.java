package org.roadmap.meetings.series;

public class OccurrenceNotFoundException extends RuntimeException {

    public OccurrenceNotFoundException(String id) {
        super("No meeting " + id + ".");
    }
}
