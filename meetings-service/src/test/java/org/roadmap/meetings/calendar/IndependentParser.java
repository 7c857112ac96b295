package org.roadmap.meetings.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Python's icalendar package, run as a separate process on the script in
 * {@code src/test/resources/calendar/read_feed.py}: an iCalendar reader that shares no code with ical4j.
 */
final class IndependentParser {

    private static final List<String> INTERPRETERS = List.of("python3", "/usr/bin/python3");

    private IndependentParser() {
    }

    /** The first Python that can import icalendar (Debian: {@code apt-get install python3-icalendar}). */
    static Optional<String> python() {
        for (String python : INTERPRETERS) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import icalendar").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // not installed under this name
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The JSON the script prints for {@code feed}. */
    static String read(String python, String feed) throws IOException, InterruptedException {
        Path script = Files.createTempFile("read_feed", ".py");
        try (InputStream in = IndependentParser.class.getResourceAsStream("/calendar/read_feed.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            Process process = new ProcessBuilder(python, script.toString()).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(feed.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("icalendar could not read the feed: " + err);
            }
            return out;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
