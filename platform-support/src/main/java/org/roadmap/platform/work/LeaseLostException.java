package org.roadmap.platform.work;

/** The lease ran out or another replica took it over: the round stops where it is, the next holder carries on. */
public class LeaseLostException extends RuntimeException {

    LeaseLostException(String message) {
        super(message);
    }
}
