package org.roadmap.launcher;

/** The platform could not start; the message says what failed, the console already shows why. */
final class StartupFailure extends Exception {

    StartupFailure(String message) {
        super(message);
    }
}
