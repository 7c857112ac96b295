package org.roadmap.commitments.roadmap;

/** No road map has this id. */
public class RoadMapNotFoundException extends RuntimeException {

    RoadMapNotFoundException(String id) {
        super("No road map with id " + id);
    }
}
