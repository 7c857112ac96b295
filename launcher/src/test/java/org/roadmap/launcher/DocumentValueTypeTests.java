package org.roadmap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps documents in BSON and reads those an earlier version kept by Java serialisation: a data
 * directory made before opens with every document as it was, and what is written since comes back the same.
 */
class DocumentValueTypeTests {

    @TempDir
    Path dir;

    @Test
    void aDocumentIsKeptInBsonSmallerThanItsJavaSerialisationAndReadBackEqual() {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "c-1")
                .append("title", "Strengthen the political dialogue").append("version", 12L).append("weight", 2.5)
                .append("restricted", false).append("deadline", Instant.parse("2027-03-31T15:00:00Z"))
                .append("responsibleEntities", List.of(new de.bwaldvogel.mongo.bson.Document("country", "JP")
                        .append("name", "MOFA"), new de.bwaldvogel.mongo.bson.Document("country", "PE")
                        .append("name", "RREE")))
                .append("milestones", List.of()).append("note", null);

        WriteBuffer bson = new WriteBuffer();
        new DocumentValueType().write(bson, document);
        WriteBuffer serialised = new WriteBuffer();
        new ObjectDataType().write(serialised, document);

        assertThat(bson.position()).isLessThan(serialised.position() / 2);
        ByteBuffer stored = bson.getBuffer().flip();
        assertThat(new DocumentValueType().read(stored)).isEqualTo(document);
        assertThat(stored.hasRemaining()).as("read to its end, where the next value starts").isFalse();
    }

    @Test
    void aDocumentWithAValueBsonHasNoTypeForIsKeptAsBefore() {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "c-1")
                .append("locale", Locale.JAPAN);

        WriteBuffer written = new WriteBuffer();
        new DocumentValueType().write(written, document);

        assertThat(new DocumentValueType().read(written.getBuffer().flip())).isEqualTo(document);
    }

    @Test
    void aDocumentChangedAgainAndAgainBesideUnchangedOnesIsReadBackInItsLastStateAndTheOthersAsTheyWere() {
        Path file = dir.resolve("roadmap.mv");
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            written.add(everyType(i));
        }
        withStore(file, (store, commitments) -> {
            commitments.insertMany(written);
            // each change stored before the next, so the pages around c-7 are written again with it each time
            for (int round = 1; round <= 50; round++) {
                commitments.updateOne(Filters.eq("_id", "c-7"), Updates.set("number", round));
                store.commit();
                assertThat(commitments.find(Filters.eq("_id", "c-7")).first().getInteger("number")).isEqualTo(round);
            }
        });
        written.get(7).put("number", 50);

        withStore(file, (store, commitments) ->
                assertThat(commitments.find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(written));
    }

    @Test
    void documentsAnEarlierVersionSerialisedAreReadAndWhatIsWrittenSinceComesBackTheSame() throws Exception {
        Path file = Files.createDirectories(dir.resolve("mongo")).resolve("roadmap.mv");
        List<Document> before = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            before.add(everyType(i));
        }
        withServer(H2Backend::new, file, commitments -> commitments.insertMany(before));

        List<Document> after = new ArrayList<>();
        withServer(IndexedH2Backend::new, file, commitments -> {
            assertThat(commitments.find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(before);
            // half of them written again, and as many new ones: pages holding both forms
            for (int i = 0; i < 2_000; i += 2) {
                commitments.updateOne(Filters.eq("_id", "c-" + i), Updates.set("title", "changed " + i));
            }
            for (int i = 2_000; i < 4_000; i++) {
                commitments.insertOne(everyType(i));
            }
            after.addAll(commitments.find().into(new ArrayList<>()));
        });
        assertThat(after).hasSize(4_000);
        assertThat(after).filteredOn(d -> d.getString("title").startsWith("changed ")).hasSize(1_000);

        withServer(IndexedH2Backend::new, file, commitments -> {
            assertThat(commitments.find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(after);
            assertThat(commitments.find(Filters.eq("_id", "c-3001")).first()).isEqualTo(everyType(3001));
        });
    }

    /** A document with each BSON type the services store, as the driver sends it. */
    private static Document everyType(int i) {
        return new Document("_id", "c-" + i)
                .append("roadMapId", "rm-" + (i % 7))
                .append("title", "Commitment " + i + " — 日本とペルー")
                .append("number", i)
                .append("version", (long) i * 3)
                .append("weight", i / 4.0)
                .append("restricted", i % 3 == 0)
                .append("updatedAt", new Date(1_780_000_000_000L + i))
                .append("serial", new ObjectId(new Date(1_780_000_000_000L), i))
                .append("request", new Binary(BsonBinarySubType.UUID_STANDARD, uuidBytes(new UUID(i, 20261206L))))
                .append("amount", new Decimal128(i))
                .append("outbox", List.of(new Document("id", "e-" + i).append("topics",
                        List.of("roadmap.commitments.v1", "roadmap.public.commitments.v1"))
                        .append("data", "{\"n\":" + i + "}")))
                .append("milestones", List.of())
                .append("note", null);
    }

    private static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }

    private static void withStore(Path file, BiConsumer<MVStore, MongoCollection<Document>> use) {
        MVStore store = EmbeddedStore.open(file);
        withServer(new IndexedH2Backend(store), commitments -> use.accept(store, commitments));
    }

    private static void withServer(Function<MVStore, H2Backend> backendOf, Path file,
            Consumer<MongoCollection<Document>> use) {
        withServer(backendOf.apply(new MVStore.Builder().fileName(file.toString()).open()), use);
    }

    private static void withServer(H2Backend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        try {
            var address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                use.accept(client.getDatabase("roadmap").getCollection("commitments"));
            }
        } finally {
            server.shutdown();
            if (!backend.getMvStore().isClosed()) {
                backend.close();
            }
        }
    }
}
