package org.roadmap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's index keys compare as H2 has always ordered them, so a data directory made before opens
 * unchanged: every document found by {@code _id}, every unique index still refusing a duplicate.
 */
class IndexedH2BackendTests {

    @TempDir
    Path dir;

    @Test
    void comparesIndexKeysInTheOrderH2StoredThemIn() {
        Random random = new Random(20261205);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            keys.add(randomKey(random));
        }
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyType indexKeys = new IndexKeyType();
        for (KeyValue a : keys) {
            for (int j = 0; j < 20; j++) {
                KeyValue b = random.nextInt(10) == 0 ? new KeyValue(a.stream().toList())
                        : keys.get(random.nextInt(keys.size()));
                assertThat(Integer.signum(indexKeys.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }

    @Test
    void opensADataDirectoryMadeByTheLibrarysOwnBackendUnchanged() throws Exception {
        Path file = Files.createDirectories(dir.resolve("mongo")).resolve("roadmap.mv");
        withServer(store -> new H2Backend(store), file, (backend, commitments) -> {
            commitments.createIndex(Indexes.ascending("roadMapId", "reference"), new IndexOptions().unique(true));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                documents.add(new Document("_id", "c-" + i).append("roadMapId", "rm-" + (i % 7))
                        .append("reference", "I." + i));
            }
            commitments.insertMany(documents);
            return null;
        });

        withServer(IndexedH2Backend::new, file, (backend, commitments) -> {
            for (int i = 0; i < 2_000; i += 37) {
                assertThat(commitments.find(Filters.eq("_id", "c-" + i)).first()).isNotNull();
            }
            assertThatThrownBy(() -> commitments.insertOne(new Document("_id", "c-5")))
                    .isInstanceOf(MongoWriteException.class);
            assertThatThrownBy(() -> commitments.insertOne(new Document("_id", "new").append("roadMapId", "rm-3")
                    .append("reference", "I.3"))).isInstanceOf(MongoWriteException.class);
            commitments.insertOne(new Document("_id", "c-2000").append("roadMapId", "rm-0").append("reference", "I.2000"));
            assertThat(commitments.countDocuments()).isEqualTo(2_001);
            assertThat(backend.getMvStore().openMap("roadmap.commitments._index__id_").getKeyType())
                    .isInstanceOf(IndexKeyType.class);
            return null;
        });

        // what the new key type wrote since, it reads back after a restart, among the keys H2 serialised before
        withServer(IndexedH2Backend::new, file, (backend, commitments) -> {
            assertThat(commitments.countDocuments()).isEqualTo(2_001);
            assertThat(commitments.find(Filters.eq("_id", "c-2000")).first()).isNotNull();
            assertThat(commitments.find(Filters.eq("_id", "c-1999")).first()).isNotNull();
            assertThatThrownBy(() -> commitments.insertOne(new Document("_id", "c-2000")))
                    .isInstanceOf(MongoWriteException.class);
            return null;
        });
    }

    @Test
    void comparesOneStringKeysInTheOrderOfTheirSerialisationWithoutSerialisingThem() {
        Random random = new Random(20261206);
        // the characters whose modified UTF-8 differs in length or order from the character order
        char[] alphabet = {'a', 'b', 'z', '-', '0', '\u0000', '\u0001', '\u007f', '\u0080', '\u00e9', '\u07ff',
            '\u0800', '\u65e5', '\ud83c', '\udf38', '\ue000', '\uffff'};
        List<String> strings = new ArrayList<>(List.of("", "a", "\u0000", "\u007f", "\u0080"));
        for (int i = 0; i < 600; i++) {
            StringBuilder string = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                string.append(alphabet[random.nextInt(alphabet.length)]);
            }
            strings.add(string.toString());
        }
        // serialised with an eight-byte length: beyond 65,535 bytes of modified UTF-8
        strings.addAll(List.of("x".repeat(65_535), "x".repeat(65_536), "\u65e5".repeat(21_845), "\u65e5".repeat(21_846),
                "y".repeat(65_536), "\u0000".repeat(40_000)));
        IndexKeyType indexKeys = new IndexKeyType();
        for (String s : strings) {
            for (int j = 0; j < 40; j++) {
                String t = j == 0 ? new String(s) : strings.get(random.nextInt(strings.size()));
                KeyValue a = new KeyValue(s);
                KeyValue b = new KeyValue(t);
                int serialised = ObjectDataType.compareNotNull(ObjectDataType.serialize(a),
                        ObjectDataType.serialize(b));
                assertThat(Integer.signum(indexKeys.compare(a, b))).as("%s vs %s", s, t)
                        .isEqualTo(Integer.signum(serialised));
            }
        }
    }

    @Test
    void storesAOneStringKeyAsItsStringAndAnyOtherAsH2Does() {
        IndexKeyType indexKeys = new IndexKeyType();
        List<KeyValue> keys = List.of(new KeyValue("c-\u0000\u65e5\ud83c\udf38"), new KeyValue(""), new KeyValue(3),
                new KeyValue("rm-1", "I.3"), new KeyValue(new ObjectId().toHexString()), new KeyValue((Object) null));
        WriteBuffer written = new WriteBuffer();
        for (KeyValue key : keys) {
            indexKeys.write(written, key);
        }
        WriteBuffer serialised = new WriteBuffer();
        new ObjectDataType().write(serialised, keys.get(0));
        ByteBuffer stored = written.getBuffer().flip();
        for (KeyValue key : keys) {
            Object read = indexKeys.read(stored);
            assertThat(read).isEqualTo(key);
            // and in the same order as before: its serialisation is the same
            assertThat(ObjectDataType.serialize(read)).isEqualTo(ObjectDataType.serialize(key));
        }
        assertThat(stored.hasRemaining()).isFalse();
        WriteBuffer one = new WriteBuffer();
        indexKeys.write(one, keys.get(0));
        assertThat(one.position()).isLessThan(serialised.position() / 4);
    }

    @Test
    void aQueryPinningTheIdAmongOtherConditionsReadsOnlyThatDocument() throws Exception {
        Path file = Files.createDirectories(dir.resolve("mongo")).resolve("roadmap.mv");
        withServer(IndexedH2Backend::new, file, (backend, commitments) -> {
            commitments.createIndex(Indexes.ascending("roadMapId", "reference"), new IndexOptions().unique(true));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                documents.add(new Document("_id", "c-" + i).append("version", 3L).append("roadMapId", "rm-" + (i % 7))
                        .append("reference", "I." + i));
            }
            commitments.insertMany(documents);
            Index<?> byId = index(backend, "_id_");

            // what every optimistic write and the outbox relay ask: the id's one document is the only candidate
            assertThat(byId.canHandle(query("_id", "c-7", "version", 3L))).isTrue();
            assertThat(byId.getPositions(query("_id", "c-7", "version", 3L))).hasSize(1);
            assertThat(byId.getPositions(query("_id", new de.bwaldvogel.mongo.bson.Document("$in", List.of("c-1", "c-2",
                    "nobody")), "pending", true))).hasSize(2);
            // a range, or a compound key's part, still reads the collection
            assertThat(byId.canHandle(query("_id", new de.bwaldvogel.mongo.bson.Document("$gt", "c-7"), "version", 3L)))
                    .isFalse();
            assertThat(index(backend, "roadMapId_1_reference_1").canHandle(query("roadMapId", "rm-1", "version", 3L)))
                    .isFalse();

            // and what matches is what MongoDB matches: the other conditions still decide
            assertThat(commitments.updateOne(new Document("_id", "c-7").append("version", 2L),
                    new Document("$set", new Document("version", 4L))).getMatchedCount()).isZero();
            assertThat(commitments.updateOne(new Document("_id", "c-7").append("version", 3L),
                    new Document("$set", new Document("version", 4L))).getMatchedCount()).isOne();
            assertThat(commitments.find(new Document("_id", new Document("$in", List.of("c-7", "c-8")))
                    .append("version", 3L)).map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("c-8");
            assertThat(commitments.deleteMany(new Document("_id", "c-9").append("roadMapId", "rm-0")).getDeletedCount())
                    .isZero();
            assertThatThrownBy(() -> commitments.updateOne(new Document("_id", "c-7").append("version", 3L),
                    new Document("$set", new Document("title", "t")), new UpdateOptions().upsert(true)))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(commitments.countDocuments(new Document("version", 3L))).isEqualTo(999);
            return null;
        });
    }

    @Test
    void answersWritesAndQueriesAsTheLibrarysOwnBackendDoes() throws Exception {
        Random random = new Random(20261206);
        besideTheLibrarys((backend, database, referenceDatabase) -> {
            MongoCollection<Document> ours = database.getCollection("commitments");
            MongoCollection<Document> theirs = referenceDatabase.getCollection("commitments");
            for (MongoCollection<Document> collection : List.of(ours, theirs)) {
                collection.createIndex(Indexes.ascending("pending", "_id"),
                        new IndexOptions().partialFilterExpression(Filters.eq("pending", true)));
                collection.createIndex(Indexes.ascending("recipientId"));
            }
            for (int step = 0; step < 3_000; step++) {
                Function<MongoCollection<Document>, Object> write = randomWrite(random);
                assertThat(outcome(write, ours)).as("write %d", step).isEqualTo(outcome(write, theirs));
            }
            assertSameAnswers(ours, theirs);
            // the candidates are the documents holding the value, not the collection
            Index<?> pending = index(backend, "pending_1__id_1");
            assertThat(pending).isInstanceOf(SecondaryIndex.class);
            assertThat(pending.getPositions(new de.bwaldvogel.mongo.bson.Document("pending", true)))
                    .hasSize((int) theirs.countDocuments(Filters.eq("pending", true)))
                    .hasSizeLessThan((int) theirs.countDocuments());
        });
        // the index is kept with the documents: after a restart it answers the same
        besideTheLibrarys((backend, database, referenceDatabase) -> assertSameAnswers(
                database.getCollection("commitments"), referenceDatabase.getCollection("commitments")));
    }

    private interface BesideTheLibrarys {
        void use(H2Backend ours, MongoDatabase database, MongoDatabase referenceDatabase);
    }

    /** The launcher's backend and the library's, each on its own file in {@code mongo/}, opened side by side. */
    private void besideTheLibrarys(BesideTheLibrarys use) throws Exception {
        Path file = Files.createDirectories(dir.resolve("mongo")).resolve("roadmap.mv");
        withDatabase(IndexedH2Backend::new, file, (backend, database) -> withDatabase(H2Backend::new,
                dir.resolve("mongo").resolve("reference.mv"), (library, referenceDatabase) -> {
                    use.use(backend, database, referenceDatabase);
                    return null;
                }));
    }

    /** What a write answered, or that it was refused (e.g. a push to a field that holds no array). */
    private static Object outcome(Function<MongoCollection<Document>, Object> write,
            MongoCollection<Document> collection) {
        try {
            return write.apply(collection);
        } catch (MongoWriteException refused) {
            return "refused";
        }
    }

    /** collStats and dbStats give the size of what is stored, as MongoDB and the library's backend do. */
    @Test
    void statisticsGiveTheSizeOfTheDocumentsStoredAfterWritesAndARestart() throws Exception {
        Random random = new Random(6);
        besideTheLibrarys((backend, database, referenceDatabase) -> {
            for (int step = 0; step < 500; step++) {
                Function<MongoCollection<Document>, Object> write = randomWrite(random);
                outcome(write, database.getCollection("commitments"));
                outcome(write, referenceDatabase.getCollection("commitments"));
            }
            assertThat(dataSizes(database)).isEqualTo(dataSizes(referenceDatabase))
                    .containsEntry("size", storedBytes(database.getCollection("commitments")));
        });
        withDatabase(IndexedH2Backend::new, dir.resolve("mongo").resolve("roadmap.mv"), (backend, database) -> {
            MongoCollection<Document> commitments = database.getCollection("commitments");
            long before = storedBytes(commitments);
            commitments.deleteOne(new Document());
            assertThat(dataSizes(database)).containsEntry("size", storedBytes(commitments))
                    .containsEntry("dataSize", storedBytes(commitments));
            assertThat(storedBytes(commitments)).isLessThan(before);
            return null;
        });
    }

    /** collStats' size and dbStats' dataSize of the one collection. */
    private static java.util.Map<String, Long> dataSizes(MongoDatabase database) {
        Document collection = database.runCommand(new Document("collStats", "commitments"));
        Document all = database.runCommand(new Document("dbStats", 1));
        return java.util.Map.of("size", ((Number) collection.get("size")).longValue(),
                "dataSize", ((Number) all.get("dataSize")).longValue());
    }

    /** What the documents take in BSON, as the driver receives them. */
    private static long storedBytes(MongoCollection<Document> collection) {
        long bytes = 0;
        for (org.bson.RawBsonDocument document : collection.withDocumentClass(org.bson.RawBsonDocument.class).find()) {
            bytes += document.getByteBuffer().remaining();
        }
        return bytes;
    }

    @Test
    void buildsTheOrdinaryIndexesOfADataDirectoryMadeWithoutThem() throws Exception {
        Path file = Files.createDirectories(dir.resolve("mongo")).resolve("roadmap.mv");
        withServer(store -> new H2Backend(store), file, (backend, commitments) -> {
            commitments.createIndex(Indexes.ascending("pending", "_id"));
            for (int i = 0; i < 500; i++) {
                commitments.insertOne(new Document("_id", "c-" + i).append("pending", i % 3 == 0));
            }
            return null;
        });
        withServer(IndexedH2Backend::new, file, (backend, commitments) -> {
            assertThat(index(backend, "pending_1__id_1").getPositions(
                    new de.bwaldvogel.mongo.bson.Document("pending", true))).hasSize(167);
            assertThat(commitments.find(Filters.eq("pending", true)).sort(Sorts.ascending("_id")).limit(2)
                    .map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("c-0", "c-102");
            return null;
        });
    }

    private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> unindexed) {
        List<Function<MongoCollection<Document>, List<Object>>> questions = new ArrayList<>();
        for (Object value : List.of(true, false, "true", "r-0", "r-1", "r-2", "r-4")) {
            questions.add(c -> ids(c.find(Filters.eq("pending", value)).sort(Sorts.ascending("_id"))));
            questions.add(c -> ids(c.find(Filters.eq("recipientId", value)).sort(Sorts.ascending("_id"))));
            questions.add(c -> List.of(c.countDocuments(Filters.eq("pending", value))));
        }
        // the relay's sweep, and sorts and bounds of each kind over ids of several types
        questions.add(c -> ids(c.find(Filters.eq("pending", true)).sort(Sorts.ascending("_id")).limit(7)));
        questions.add(c -> ids(c.find(Filters.and(Filters.eq("pending", true), Filters.gt("_id", "c-50")))
                .sort(Sorts.ascending("_id")).limit(5)));
        questions.add(c -> ids(c.find(Filters.and(Filters.eq("pending", true), Filters.gte("_id", "c-150")))
                .sort(Sorts.ascending("_id")).limit(5)));
        questions.add(c -> ids(c.find(Filters.and(Filters.eq("pending", true), Filters.lte("_id", "c-150")))
                .sort(Sorts.descending("_id")).skip(2).limit(6)));
        questions.add(c -> ids(c.find(Filters.and(Filters.eq("pending", true), Filters.lt("_id", 150)))
                .sort(Sorts.descending("_id")).limit(4)));
        questions.add(c -> ids(c.find(Filters.and(Filters.eq("recipientId", "r-1"), Filters.eq("pending", true)))
                .sort(Sorts.descending("_id")).limit(3)));
        // a batch named by id, as the services read one, alone and with other conditions
        List<Object> named = new ArrayList<>(List.of("c-3", "c-77", "c-77", "c-150", "nobody", "c-239", "c-12"));
        questions.add(c -> ids(c.find(Filters.in("_id", named)).sort(Sorts.ascending("_id"))));
        questions.add(c -> ids(c.find(Filters.and(Filters.in("_id", named), Filters.eq("pending", true)))
                .sort(Sorts.ascending("_id"))));
        questions.add(c -> List.of(c.countDocuments(Filters.and(Filters.in("_id", named),
                Filters.exists("recipientId")))));
        List<Object> mixed = List.of("c-3", 250, new ObjectId(String.format("%024x", 280)), "c-150");
        questions.add(c -> ids(c.find(Filters.in("_id", mixed)).sort(Sorts.descending("_id"))));
        for (Function<MongoCollection<Document>, List<Object>> question : questions) {
            List<Object> expected = question.apply(unindexed);
            assertThat(question.apply(indexed)).isEqualTo(expected);
        }
    }

    private static List<Object> ids(com.mongodb.client.FindIterable<Document> found) {
        return found.map(d -> d.get("_id")).into(new ArrayList<>());
    }

    /** A write chosen at random, to make on both servers alike; it answers what the server said. */
    private static Function<MongoCollection<Document>, Object> randomWrite(Random random) {
        Object id = randomId(random);
        Document filter = new Document("_id", id);
        Object value = randomValue(random);
        String recipient = "r-" + random.nextInt(5);
        List<Object> batch = new ArrayList<>();
        for (int i = random.nextInt(40); i > 0; i--) {
            batch.add(randomId(random));
        }
        boolean deleteBatch = random.nextInt(8) == 0;
        var upsert = new UpdateOptions().upsert(true);
        return switch (random.nextInt(11)) {
            case 0 -> c -> c.deleteOne(filter).getDeletedCount();
            case 1 -> c -> c.updateOne(filter, Updates.unset("pending")).getModifiedCount();
            case 2 -> c -> c.updateOne(filter, Updates.set("recipientId", value), upsert).getModifiedCount();
            case 3 -> c -> c.updateOne(filter, Updates.push("recipientId", recipient)).getModifiedCount();
            case 4 -> {
                Document replacement = new Document("pending", random.nextBoolean()).append("recipientId", value);
                yield c -> c.replaceOne(filter, replacement, new ReplaceOptions().upsert(true)).getModifiedCount();
            }
            case 5 -> c -> {
                var result = c.updateMany(Filters.and(Filters.in("_id", batch), Filters.eq("pending", true)),
                        Updates.set("recipientId", value));
                return List.of(result.getMatchedCount(), result.getModifiedCount());
            };
            case 6 -> c -> {
                var result = c.updateMany(Filters.in("_id", batch), Updates.push("recipientId", recipient));
                return List.of(result.getMatchedCount(), result.getModifiedCount());
            };
            case 7 -> c -> deleteBatch ? c.deleteMany(Filters.in("_id", batch)).getDeletedCount() : 0L;
            case 8 -> c -> {
                // a document seen before matches and is not modified
                var result = c.updateMany(Filters.in("_id", batch), Updates.set("seen", true));
                return List.of(result.getMatchedCount(), result.getModifiedCount());
            };
            default -> c -> c.updateOne(filter, Updates.set("pending", value), upsert).getModifiedCount();
        };
    }

    /** Mostly strings, as the services' ids are; numbers and object ids order before and after them. */
    private static Object randomId(Random random) {
        int n = random.nextInt(300);
        return n < 240 ? "c-" + n : n < 270 ? n : new ObjectId(String.format("%024x", n));
    }

    private static Object randomValue(Random random) {
        return switch (random.nextInt(11)) {
            case 0 -> false;
            case 1 -> "true";
            case 2 -> 1;
            case 3 -> List.of("r-1", List.of("r-2", "r-3"));
            case 4 -> null;
            case 5, 6 -> "r-" + random.nextInt(5);
            default -> true;
        };
    }

    private static Index<?> index(H2Backend backend, String name) {
        return backend.resolveDatabase("roadmap").resolveCollection("commitments", true).getIndexes().stream()
                .filter(index -> index.getName().equals(name)).findFirst().orElseThrow();
    }

    private static de.bwaldvogel.mongo.bson.Document query(String field, Object value, String other, Object otherValue) {
        return new de.bwaldvogel.mongo.bson.Document(field, value).append(other, otherValue);
    }

    private static void withServer(Function<MVStore, H2Backend> backendOf, Path file,
            BiFunction<H2Backend, MongoCollection<Document>, Void> use) {
        withDatabase(backendOf, file, (backend, database) -> use.apply(backend, database.getCollection("commitments")));
    }

    /** @return nothing, so that one server's use can open another */
    private static Void withDatabase(Function<MVStore, H2Backend> backendOf, Path file,
            BiFunction<H2Backend, MongoDatabase, Void> use) {
        H2Backend backend = backendOf.apply(new MVStore.Builder().fileName(file.toString()).open());
        MongoServer server = new MongoServer(backend);
        try {
            var address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                use.apply(backend, client.getDatabase("roadmap"));
            }
        } finally {
            server.shutdown();
            if (!backend.getMvStore().isClosed()) {
                backend.close();
            }
        }
        return null;
    }

    private static KeyValue randomKey(Random random) {
        int size = 1 + random.nextInt(2);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(switch (random.nextInt(5)) {
                case 0 -> "c-" + random.nextInt(1000);
                case 1 -> random.nextInt(1000);
                case 2 -> (long) random.nextInt(1000);
                case 3 -> random.nextDouble();
                default -> new de.bwaldvogel.mongo.bson.Document("k", "v" + random.nextInt(50));
            });
        }
        return new KeyValue(values);
    }
}
