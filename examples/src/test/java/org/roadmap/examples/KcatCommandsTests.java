package org.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@code kcat} command of docs/integrators.md, exactly as printed there but for the
 * bootstrap address, against the embedded broker with the fixture's event log, and checks what
 * it prints. A kcat command added to the guide without a check here fails the test.
 */
class KcatCommandsTests {

    static final Path GUIDE = Path.of("../docs/integrators.md");
    private static final String DOCUMENTED_BROKER = "127.0.0.1:9092";

    /** What each command must show, by a fragment that identifies the command. */
    private static final Map<String, BiConsumer<String, KcatCommandsTests>> CHECKS = Map.of(
            "-C -t roadmap.commitments.public.v1 -o beginning -e", (command, test) -> assertThat(test.run(command))
                    .contains("key " + IntegratorFixture.A, "ce_type=org.roadmap.commitment.level-changed.v1",
                            "ce_id=" + IntegratorFixture.EVENTS.get(2).id(), "\"level\":\"substantial\""),
            "-G integrator-my-system", (command, test) -> {
                assertThat(test.run(command)).contains(IntegratorFixture.A, IntegratorFixture.C);
                // the group committed its position: a second run has nothing old to print
                assertThat(test.run(command)).doesNotContain(IntegratorFixture.A);
            },
            "-L -t roadmap.commitments.public.v1", (command, test) -> assertThat(test.run(command))
                    .contains("topic \"roadmap.commitments.public.v1\" with 3 partitions"),
            "-o s@1735689600000", (command, test) -> assertThat(test.run(command))
                    .contains(IntegratorFixture.A, IntegratorFixture.B).doesNotContain(IntegratorFixture.OLD),
            ".notifications-service.dlt", (command, test) -> assertThat(test.run(command))
                    .contains("key " + IntegratorFixture.INVALID, "x-original-topic=roadmap.commitments.v1",
                            "x-exception-message=", "does not match its schema"));

    private static String bootstrap;

    @BeforeAll
    static void kcatAndAnEventLogWithDeadLetters() throws Exception {
        Assumptions.assumeTrue(kcatInstalled(), "kcat is not installed (Debian: apt-get install kcat; .ci/run "
                + "installs it): the guide's kcat commands are not run");
        bootstrap = IntegratorFixture.eventLog();
        IntegratorFixture.deadLetter(IntegratorFixture.INVALID);
    }

    @Test
    void everyKcatCommandInTheGuideRunsAndShowsWhatTheGuideSays() throws IOException {
        List<String> commands = kcatCommands();
        assertThat(commands).as("kcat commands in " + GUIDE).hasSizeGreaterThanOrEqualTo(CHECKS.size());

        for (String command : commands) {
            List<String> checks = CHECKS.keySet().stream().filter(command::contains).toList();
            assertThat(checks).as("exactly one check in KcatCommandsTests.CHECKS for the guide's command: " + command)
                    .hasSize(1);
            CHECKS.get(checks.get(0)).accept(command, this);
        }
    }

    /** The lines starting with "kcat " in the guide's sh code blocks. */
    static List<String> kcatCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inShellBlock = false;
        for (String line : Files.readAllLines(GUIDE)) {
            if (line.startsWith("```")) {
                inShellBlock = !inShellBlock && line.equals("```sh");
            } else if (inShellBlock && line.startsWith("kcat ")) {
                commands.add(line);
            }
        }
        return commands;
    }

    private String run(String command) {
        assertThat(command).as("the guide's commands name the embedded default's broker").contains(DOCUMENTED_BROKER);
        try {
            Process process = new ProcessBuilder("bash", "-c", command.replace(DOCUMENTED_BROKER, bootstrap))
                    .redirectErrorStream(false).start();
            process.getOutputStream().close();
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(exited).as("%s ended within 60 s", command).isTrue();
            assertThat(process.exitValue()).as("exit status of %s; stderr: %s", command, err).isZero();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean kcatInstalled() {
        try {
            return new ProcessBuilder("kcat", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
