package org.roadmap.platform.aggregate;

/**
 * A record a write appends to one of its aggregate's logs (a change of its history, a progress report, the
 * request that made it): stored in the aggregate's document with the write, atomically, then moved to the
 * log's own collection. Records are never changed once appended; appending one twice stores it once.
 *
 * @param log         the collection it ends up in
 * @param id          its key there, unique: {@code <aggregate id>:<number>} or {@code <aggregate id>:<key>}
 * @param aggregateId the aggregate it belongs to
 * @param number      its place among the aggregate's records of that log, from 1; 0 for records found by key
 * @param recordId    the record's own id, unique in the log, for records also found by it (a progress report);
 *                    absent otherwise
 * @param record      what is stored, mapped as the services map their documents
 */
public record Appended(String log, String id, String aggregateId, long number, String recordId, Object record) {

    /** The {@code number}th record of the aggregate in {@code log}. */
    public static Appended numbered(String log, String aggregateId, long number, String recordId, Object record) {
        return new Appended(log, numberedId(aggregateId, number), aggregateId, number, recordId, record);
    }

    /** The aggregate's record in {@code log} found by {@code key}. */
    public static Appended keyed(String log, String aggregateId, String key, Object record) {
        return new Appended(log, keyedId(aggregateId, key), aggregateId, 0, null, record);
    }

    public static String numberedId(String aggregateId, long number) {
        return aggregateId + ":" + number;
    }

    public static String keyedId(String aggregateId, String key) {
        return aggregateId + ":" + key;
    }
}
