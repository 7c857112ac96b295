package org.roadmap.gateway.apidocs;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code - GatewayOpenApi} on a route to a service's {@code /v3/api-docs}: the document is rewritten
 * so that Swagger UI's "Try it out" goes through the gateway (the service names its own address as
 * server) and offers the "Authorize" button for a bearer token, and every operation lists what the
 * gateway itself answers in front of the service: 429 past the rate limit, 401 without a valid token,
 * 413 past the body limit, 503 when the service does not answer.
 */
@Component
class GatewayOpenApiGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    static final String SCHEME = "bearer-token";

    private final ModifyResponseBodyGatewayFilterFactory modify;
    private final JsonMapper json;

    GatewayOpenApiGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modify, JsonMapper json) {
        super(Object.class);
        this.modify = modify;
        this.json = json;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return modify.apply(new ModifyResponseBodyGatewayFilterFactory.Config()
                .setRewriteFunction(String.class, String.class, (exchange, body) -> Mono.justOrEmpty(rewrite(body))));
    }

    String rewrite(String document) {
        if (document == null) {
            return null;
        }
        JsonNode tree;
        try {
            tree = json.readTree(document);
        } catch (JacksonException notJson) {
            return document;
        }
        if (!(tree instanceof ObjectNode root) || !root.has("openapi")) {
            return document;
        }
        root.putArray("servers").addObject().put("url", "/").put("description", "the gateway");
        ObjectNode schemes = root.withObject("/components").withObject("/securitySchemes");
        // the service's scheme says which scopes calls need; the gateway adds where its tokens come from
        String scopes = schemes.path(SCHEME).path("description").asString("");
        schemes.putObject(SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", ("An access token: POST /oauth2/token with your user and secret (HTTP Basic,"
                        + " grant_type=client_credentials), or the dashboard's sign-in. " + scopes).strip());
        if (!root.has("security")) {
            root.putArray("security").addObject().putArray(SCHEME);
        }
        ObjectNode schemas = root.withObject("/components").withObject("/schemas");
        if (!schemas.has("Problem")) {
            // every service's document has it (platform-support); this keeps the references whole without one
            schemas.putObject("Problem").put("type", "object").put("description", "A problem (RFC 9457)");
        }
        root.path("paths").forEach(path -> path.properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                ObjectNode responses = op.withObject("/responses");
                GATEWAY_ANSWERS.forEach((status, description) -> {
                    if (!responses.has(status)) {
                        ObjectNode response = responses.putObject(status).put("description", description);
                        response.putObject("content").putObject("application/problem+json").putObject("schema")
                                .put("$ref", "#/components/schemas/Problem");
                        if (status.equals("429") || status.equals("503")) {
                            response.putObject("headers").putObject("Retry-After")
                                    .put("description", "Seconds to wait before trying again")
                                    .putObject("schema").put("type", "integer");
                        }
                    }
                });
            }
        }));
        return json.writeValueAsString(root);
    }

    private static final java.util.Set<String> METHODS = java.util.Set.of("get", "put", "post", "delete", "patch",
            "head", "options", "trace");

    /** What the gateway answers itself, whatever the operation. */
    private static final java.util.Map<String, String> GATEWAY_ANSWERS = java.util.Map.of(
            "401", "No valid access token",
            "413", "The body is larger than the gateway forwards",
            "429", "Too many requests from this caller; try again after Retry-After",
            "503", "The service does not answer; try again after Retry-After");
}
