package org.roadmap.platform.test.fuzz;

import java.util.List;
import java.util.Random;

/** Values a careless or hostile client sends: wrong types, injections, extremes, broken encodings. */
final class HostileInputs {

    /** Raw text for path segments and query values; percent-encoded by the fuzzer unless marked raw. */
    static final List<String> TEXT = List.of(
            "", " ", "-1", "0", "99999999999999999999999", "1e309", "NaN", "true", "null",
            "2025-13-45", "2025-02-30T25:61:00Z", "9999-12-31", "-999999999-01-01",
            "../../etc/passwd", "..%2f..%2fetc", "' OR '1'='1", "\"; DROP TABLE commitments; --",
            "{\"$gt\": \"\"}", "$where", "this.password", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "\u0000", "\uFEFFbom", "𠮷野家🍣", "日本語", "Perú–Japón", "\r\nSet-Cookie: a=b", "a".repeat(5_000),
            "%", "%ZZ", "%00", "a,b,c", "[]", "{}", "Asia/Atlantis", "xx-XX", "III.999", "I.1.1");

    /** JSON values of every type, to put where a schema wants another. */
    static final List<String> JSON_VALUES = List.of(
            "null", "true", "0", "-1", "1.5", "1e400", "99999999999999999999999999", "\"\"", "\"x\"",
            "\"" + "long ".repeat(20_000) + "\"", "[]", "[null]", "{}", "{\"$gt\": 1}", "\"2025-02-30\"",
            "\"2025-11-17T10:00:00\"", "\"<img src=x onerror=alert(1)>\"", "\"\\u0000\"", "[[[[[[[[[[1]]]]]]]]]]");

    /** Bodies that are not the JSON asked for at all. */
    static final List<String> BROKEN_BODIES = List.of(
            "", "{", "}", "{\"a\":", "[", "null", "\"text\"", "42", "[]", "{\"a\":1,}", "{'a': 1}",
            "\uFEFF{}", "{\"a\": 1}{\"b\": 2}", "<xml/>", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"__proto__\": {\"admin\": true}}", "{\"@class\": \"java.lang.Runtime\"}");

    /**
     * Query-string pieces sent exactly as written, as third-party fuzzers send them: parameters without
     * a name or a value, broken and overlong percent-encodings, NUL and control characters in names and
     * values, bracket and dot notations that binders read as nested properties. {@code NAME} stands for
     * a parameter the operation documents. (An escape that is not one, {@code %G1}, cannot be put in a
     * URI that Java's client sends; Tomcat refuses such a request line itself.)
     */
    static final List<String> RAW_QUERY_PARTS = List.of(
            "=false", "=", "&", "&&=&", "NAME", "NAME=", "=null&NAME=1", "NAME=%FF", "NAME=%C0%AE", "NAME=%E3%81",
            "%FF=1", "NAME%FF=1", "NAME=%00", "NAME=a%00b", "%00=1", "%01=1", "NAME%01=1",
            "NAME=%0D%0A", "NAME=%1B%5B31m", "NAME=%7F", "%7F=1", "NAME[0]=1", "NAME[]=1", "NAME.x=1", "class.module=1",
            "NAME=%EF%BF%BF", "NAME=%ED%A0%80", "NAME=%F4%90%80%80", "NAME=%2525", "NAME=" + "%41".repeat(3_000));

    /** Methods that no operation has: WebDAV's, HTTP's rarely used ones, and made-up ones. */
    static final List<String> OTHER_METHODS = List.of("QUERY", "TRACE", "PROPFIND", "MKCOL", "LINK", "PURGE",
            "FOO", "CONNECTX");

    private HostileInputs() {
    }

    static String text(Random random) {
        return TEXT.get(random.nextInt(TEXT.size()));
    }

    static String jsonValue(Random random) {
        return JSON_VALUES.get(random.nextInt(JSON_VALUES.size()));
    }

    static String rawQueryPart(Random random, String name) {
        return RAW_QUERY_PARTS.get(random.nextInt(RAW_QUERY_PARTS.size())).replace("NAME", name);
    }

    static String otherMethod(Random random) {
        return OTHER_METHODS.get(random.nextInt(OTHER_METHODS.size()));
    }

    static String brokenBody(Random random) {
        return BROKEN_BODIES.get(random.nextInt(BROKEN_BODIES.size()));
    }
}
