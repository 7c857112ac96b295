package org.roadmap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The ports tests give the processes they start: free, different, and never ones a client's connection may take. */
class FreePortsTests {

    @Test
    void takesDifferentPortsBelowTheRangeForOutgoingConnections() throws Exception {
        int outgoing = outgoingRangeStart();

        List<Integer> ports = FreePorts.take(8);
        int first = FreePorts.consecutive(12);

        assertThat(ports).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isBetween(20_000, outgoing - 1));
        assertThat(first).isBetween(20_000, outgoing - 12);
    }

    private static int outgoingRangeStart() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        return Files.isReadable(range) ? Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0])
                : 32_768;
    }
}
