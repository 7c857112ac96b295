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
 * server) and offers the "Authorize" button for a bearer token.
 */
@Component
class GatewayOpenApiGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    static final String SCHEME = "bearer";

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
        schemes.putObject(SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token: POST /oauth2/token with your user and secret (HTTP Basic,"
                        + " grant_type=client_credentials), or the dashboard's sign-in.");
        if (!root.has("security")) {
            root.putArray("security").addObject().putArray(SCHEME);
        }
        return json.writeValueAsString(root);
    }
}
