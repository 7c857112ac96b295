package org.roadmap.meetings.series;

public class SeriesNotFoundException extends RuntimeException {

    public SeriesNotFoundException(String id) {
        super("No meeting series " + id + ".");
    }
}
