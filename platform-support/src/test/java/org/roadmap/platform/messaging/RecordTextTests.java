package org.roadmap.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a record brings into a log line stays on that line, and reads as it was wherever it could. */
class RecordTextTests {

    @Test
    void escapesWhatWouldEndOrColourALineAndLeavesTheRestAsItWas() {
        assertThat(RecordText.printable("c-1\r\n2026-12-07 ERROR forged"))
                .isEqualTo("c-1\\u000d\\u000a2026-12-07 ERROR forged");
        assertThat(RecordText.printable("a\u0000b\u001b[31mred\u007f")).isEqualTo("a\\u0000b\\u001b[31mred\\u007f");
        assertThat(RecordText.printable("Perú–Japón 日本語 🍣")).isEqualTo("Perú–Japón 日本語 🍣");
        assertThat(RecordText.printable(null)).isNull();
    }
}
