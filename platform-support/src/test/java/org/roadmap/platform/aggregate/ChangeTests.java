package org.roadmap.platform.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChangeTests {

    enum Kind implements ChangeKind {
        MOVED("moved"), CANCELLED("cancelled");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    record Moved(String meetingId, Instant start, LocalDate day, String venue) {
    }

    record Entity(String name, String country) {
    }

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void storesATypedPayloadAsPlainJsonValuesAndReadsItBackAsTheSameType() {
        Moved moved = new Moved("pdm-2", Instant.parse("2027-09-16T15:00:00Z"), LocalDate.of(2027, 9, 16), null);

        Change change = Change.of(Kind.MOVED, NOW, "mofa", 3, null, moved);

        assertThat(change.kind()).isEqualTo("moved");
        assertThat(change.kindOf(Kind.class)).isEqualTo(Kind.MOVED);
        assertThat(change.after()).containsExactly(Map.entry("meetingId", "pdm-2"),
                Map.entry("start", "2027-09-16T15:00:00Z"), Map.entry("day", "2027-09-16"));
        assertThat(change.after(Moved.class)).isEqualTo(moved);
        assertThat(change.before()).isNull();
    }

    @Test
    void refusesAKindThisVersionDoesNotKnow() {
        Change unknown = new Change(NOW, "x", "merged", 1, null, Map.of(), null);

        assertThatThrownBy(() -> unknown.kindOf(Kind.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("merged");
    }

    @Test
    void recordsOnlyTheFieldsThatDifferAndRemovalsAsNull() {
        FieldChanges fields = new FieldChanges();

        assertThat(fields.differs("title", "Same", "Same")).isNull();
        assertThat(fields.differs("title", null, "Same")).isNull();
        assertThat(fields.differs("entities", List.of(new Entity("MOFA", "JP")), List.of())).hasSize(1);
        assertThat(fields.differsOrRemoved("venue", Optional.empty(), "Lima")).isNull();
        assertThat(fields.differsOrRemoved("series", null, "pdm")).isEqualTo("pdm");

        assertThat(fields.after()).containsOnlyKeys("entities", "venue");
        assertThat(fields.after().get("entities")).isEqualTo(List.of(Map.of("name", "MOFA", "country", "JP")));
        assertThat(fields.before()).containsEntry("venue", "Lima");
        assertThat(fields.after()).containsEntry("venue", null);
    }
}
