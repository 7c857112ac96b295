package org.roadmap.platform.sample;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.ChangeKind;
import org.roadmap.platform.aggregate.HistoryTail;
import org.roadmap.platform.aggregate.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stand-in versioned aggregate: every entry is a change of its history. */
@Document("ledgers")
public record Ledger(@Id String id, long total, long version, HistoryTail history) implements Versioned<Ledger> {

    public enum Kind implements ChangeKind {
        OPENED, ENTERED;

        @Override
        public String code() {
            return name().toLowerCase();
        }
    }

    public static Ledger open(String id) {
        return new Ledger(id, 0, 1, HistoryTail.of(List.of(Change.of(Kind.OPENED, Instant.EPOCH, "test", 1, null,
                Map.of("total", 0)))));
    }

    public Ledger enter(long amount) {
        return new Ledger(id, total + amount, version + 1, history.append(List.of(Change.of(Kind.ENTERED,
                Instant.EPOCH, "test", version + 1, null, Map.of("amount", amount)))));
    }

    @Override
    public Ledger withHistory(HistoryTail tail) {
        return new Ledger(id, total, version, tail);
    }
}
