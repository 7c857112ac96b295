package org.roadmap.platform.test.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * Sends malformed and hostile requests to every operation of a service's OpenAPI document and
 * collects the answers that break the platform's rules for bad input: never a 5xx, every error
 * an RFC 9457 problem+json, no internals (stack traces, class names) in any answer. Random but
 * repeatable: the same seed sends the same requests.
 */
public final class ApiFuzzer {

    private static final Pattern INTERNALS = Pattern.compile(
            "\\tat |Exception\\b|org\\.springframework|java\\.lang|tools\\.jackson|com\\.mongodb|org\\.bson|\"trace\"");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "multipart/form-data; boundary=broken", "application/json; charset=klingon", "application/x-www-form-urlencoded");
    private static final List<String> BAD_IF_MATCH = List.of("\"abc\"", "W/\"1\"", "*", "1", "\"1\", \"2\"", "\"-5\"",
            "\"99999999999999999999\"", "\"\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Map<String, String> headers;
    private final Map<String, String> knownPathValues;
    private final Random random;

    /**
     * @param headers         sent with every request, e.g. {@code Authorization}
     * @param knownPathValues values that exist for some path parameters (e.g. {@code id} of a
     *                        registered commitment), so bodies and queries reach past the look-up
     */
    public ApiFuzzer(URI base, Map<String, String> headers, Map<String, String> knownPathValues, long seed) {
        this.base = base;
        this.headers = headers;
        this.knownPathValues = knownPathValues;
        this.random = new Random(seed);
    }

    /**
     * The run every service's fuzzing test makes: signed in as the working group, so requests reach
     * past sign-in; seed and size from {@code -Dfuzz.seed} and {@code -Dfuzz.per-operation}. Prints
     * the counts and the first findings.
     */
    public static FuzzReport runAsWorkingGroup(String service, int port, Map<String, String> knownPathValues) {
        FuzzReport report = new ApiFuzzer(URI.create("http://127.0.0.1:" + port),
                Map.of("Authorization", TestTokens.bearer(TestUser.WG_ADMIN)), knownPathValues,
                Long.getLong("fuzz.seed", 20241117L)).run(Integer.getInteger("fuzz.per-operation", 120));
        System.out.println(service + " fuzzing: " + report.summary());
        report.findings().stream().limit(40).forEach(System.out::println);
        return report;
    }

    /** Fuzzes each operation of the document at {@code /v3/api-docs} with {@code perOperation} requests. */
    public FuzzReport run(int perOperation) {
        List<ApiOperation> operations = new OpenApiDocument(send(HttpRequest.newBuilder(base.resolve("/v3/api-docs")))
                .body()).operations();
        if (operations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document lists no operations");
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<FuzzReport.Finding> findings = new ArrayList<>();
        int requests = 0;
        for (ApiOperation operation : operations) {
            for (int i = 0; i < perOperation; i++) {
                Attempt attempt = attempt(operation, i % KINDS);
                HttpResponse<String> response;
                try {
                    response = send(attempt.request());
                } catch (IllegalStateException e) {
                    requests++;
                    findings.add(new FuzzReport.Finding(attempt.description(), 0, "no answer", String.valueOf(e.getCause())));
                    continue;
                }
                requests++;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                String rule = brokenRule(response, attempt, operations);
                if (rule != null) {
                    findings.add(new FuzzReport.Finding(attempt.description(), response.statusCode(), rule,
                            response.body()));
                }
            }
        }
        return new FuzzReport(requests, statuses, findings);
    }

    private static String brokenRule(HttpResponse<String> response, Attempt attempt, List<ApiOperation> operations) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error";
        }
        if (attempt.otherMethod() && status != 405 && status != 401) {
            return "a method no operation has is not 405";
        }
        if (status == 405) {
            List<String> documented = operations.stream().filter(o -> o.path().equals(attempt.path()))
                    .map(ApiOperation::method).toList();
            List<String> allowed = response.headers().allValues("Allow").stream()
                    .flatMap(value -> Pattern.compile(",\\s*").splitAsStream(value.strip())).filter(m -> !m.isEmpty())
                    .toList();
            if (allowed.isEmpty()) {
                return "405 without Allow";
            }
            List<String> undocumented = allowed.stream()
                    .filter(method -> !documented.contains(method) && !List.of("HEAD", "OPTIONS").contains(method))
                    .toList();
            if (!undocumented.isEmpty()) {
                return "Allow names methods the path does not have: " + undocumented;
            }
        }
        if (INTERNALS.matcher(response.body()).find()) {
            return "internals shown";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400 && status != 406 && !type.startsWith("application/problem+json")) {
            return "error is not problem+json";
        }
        return null;
    }

    /** @param path the documented path of the operation tried, e.g. {@code /api/v1/commitments/{id}} */
    private record Attempt(HttpRequest.Builder request, String description, String path, boolean otherMethod) {
    }

    private static final int KINDS = 8;

    /**
     * Kinds: 0 hostile path, 1 hostile query, 2 broken body, 3 wrong-typed field, 4 wrong content type,
     * 5 bad headers, 6 raw query string (names, encodings, control characters), 7 a method no operation has.
     */
    private Attempt attempt(ApiOperation operation, int kind) {
        // a method no operation has is tried on a well-formed address: a malformed one is refused first, rightly
        String path = kind == 7 ? wellFormedPath(operation) : path(operation, kind == 0);
        String query = kind == 6 ? rawQuery(operation) : query(operation, kind == 1);
        String body = null;
        String contentType = operation.bodyType();
        if (operation.bodyType() != null || kind == 2) {
            body = switch (kind) {
                case 2 -> HostileInputs.brokenBody(random);
                case 3 -> mistypedBody(operation.body());
                default -> plausible(operation.body(), 0);
            };
            if (contentType == null) {
                contentType = "application/json";
            }
        }
        if (kind == 4 && body != null) {
            contentType = WRONG_CONTENT_TYPES.get(random.nextInt(WRONG_CONTENT_TYPES.size()));
        }
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        if (kind == 5) {
            request.header("If-Match", BAD_IF_MATCH.get(random.nextInt(BAD_IF_MATCH.size())));
            request.header("Idempotency-Key", random.nextBoolean() ? "k".repeat(4_000) : "   ");
            request.header("Accept-Language", "zz-ZZ;q=banana");
        }
        String method = kind == 7 ? HostileInputs.otherMethod(random) : operation.method();
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String shown = body == null ? "" : " body " + (body.length() > 120 ? body.substring(0, 120) + "…" : body);
        return new Attempt(request, method + " " + uri + (contentType == null ? "" : " [" + contentType + "]") + shown,
                operation.path(), kind == 7);
    }

    /** Up to three raw pieces (see {@link HostileInputs#RAW_QUERY_PARTS}) around a plausible parameter. */
    private String rawQuery(ApiOperation operation) {
        List<ApiOperation.Parameter> parameters = operation.in("query");
        String name = parameters.isEmpty() ? "q" : parameters.get(random.nextInt(parameters.size())).name();
        List<String> pieces = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            pieces.add(HostileInputs.rawQueryPart(random, encode(name)));
        }
        if (!parameters.isEmpty() && random.nextBoolean()) {
            ApiOperation.Parameter plain = parameters.get(random.nextInt(parameters.size()));
            pieces.add(random.nextInt(pieces.size() + 1), encode(plain.name()) + "=" + encode(plainValue(plain.schema())));
        }
        return "?" + String.join("&", pieces);
    }

    private String wellFormedPath(ApiOperation operation) {
        String path = operation.path();
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            path = path.replace("{" + parameter.name() + "}",
                    encode(knownPathValues.getOrDefault(parameter.name(), "fuzz-" + random.nextInt(100))));
        }
        return path;
    }

    private String path(ApiOperation operation, boolean hostile) {
        String path = operation.path();
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            String known = knownPathValues.get(parameter.name());
            String value = hostile || known == null ? HostileInputs.text(random) : known;
            if (value.isEmpty() || value.startsWith("%")) {
                value = "x" + value.replace("%", "");
            }
            path = path.replace("{" + parameter.name() + "}", encode(value));
        }
        return path;
    }

    private String query(ApiOperation operation, boolean hostile) {
        List<String> pairs = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            if (hostile ? random.nextInt(3) > 0 : random.nextInt(4) == 0) {
                String value = hostile ? HostileInputs.text(random) : plainValue(parameter.schema());
                pairs.add(encode(parameter.name()) + "=" + encode(value));
            }
        }
        if (hostile) {
            pairs.add("unknown=" + encode(HostileInputs.text(random)));
            if (!operation.in("query").isEmpty()) {
                String repeated = encode(operation.in("query").get(0).name());
                pairs.add(repeated + "=1");
                pairs.add(repeated + "=" + encode(HostileInputs.text(random)));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A body shaped like the schema, with one field of it replaced by a value of the wrong kind. */
    private String mistypedBody(JsonNode schema) {
        JsonNode properties = schema == null ? null : schema.get("properties");
        if (properties == null || properties.isEmpty()) {
            return HostileInputs.jsonValue(random);
        }
        List<String> names = new ArrayList<>(properties.propertyNames());
        String victim = names.get(random.nextInt(names.size()));
        StringBuilder json = new StringBuilder("{");
        for (String name : names) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":")
                    .append(name.equals(victim) ? HostileInputs.jsonValue(random) : plausible(properties.get(name), 1));
        }
        if (random.nextBoolean()) {
            json.append(",\"unexpected\":").append(HostileInputs.jsonValue(random));
        }
        return json.append('}').toString();
    }

    /** A well-formed value for the schema: what a client that read the documentation would send. */
    private String plausible(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 3) {
            return "{}";
        }
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && !enumeration.isEmpty()) {
            return "\"" + enumeration.get(random.nextInt(enumeration.size())).asString() + "\"";
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "string" -> "\"" + plainValue(schema) + "\"";
            case "integer", "number" -> String.valueOf(1 + random.nextInt(5));
            case "boolean" -> String.valueOf(random.nextBoolean());
            case "array" -> "[" + plausible(schema.get("items"), depth + 1) + "]";
            default -> {
                StringBuilder json = new StringBuilder("{");
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    if (json.length() > 1) {
                        json.append(',');
                    }
                    json.append('"').append(property.getKey()).append("\":")
                            .append(plausible(property.getValue(), depth + 1));
                }
                yield json.append('}').toString();
            }
        };
    }

    private String plainValue(JsonNode schema) {
        String format = schema == null ? "" : schema.path("format").asString("");
        String type = schema == null ? "string" : schema.path("type").asString("string");
        return switch (format) {
            case "date" -> "2027-06-30";
            case "date-time" -> "2027-06-30T10:00:00Z";
            case "uri" -> "https://example.org/hook";
            case "email" -> "someone@example.org";
            default -> switch (type) {
                case "integer", "number" -> String.valueOf(random.nextInt(10));
                case "boolean" -> "true";
                default -> "fuzz-" + random.nextInt(100);
            };
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException lost) {
                // Tomcat answers a request line over its limit with 400 and closes at once; the rest of the request,
                // still unread, makes the close a reset, which now and then overtakes the answer. Once more on a
                // connection of its own: a service that never answers still fails.
                return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                        .send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new IllegalStateException("The service did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
