package org.roadmap.platform.security;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * The API document says what {@link SecurityConfiguration} asks of each call: every call a bearer token
 * issued for the platform; a change the {@value Caller#WRITE_SCOPE} scope, except on the service's personal
 * paths, where the service checks whose it is; a read of an open path no token at all. What a token's role
 * and organisation allow on top (restricted items, an entity's own commitments) the operation's 403 and 404
 * say.
 */
class DocumentedScopes implements GlobalOpenApiCustomizer {

    static final String SCHEME = "bearer-token";

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final SecurityProperties properties;

    DocumentedScopes(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description("An access token of the issuer (docs/adr/0006)."
                        + " Scopes: `roadmap.read` reads what the token's role and organisation may see;"
                        + " `" + Caller.WRITE_SCOPE + "`, which editors and admins get when they ask for it, is"
                        + " needed for changes, as each operation's security lists.")));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(SCHEME)));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (changes(method) && !matches(properties.personalPaths(), path)) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(SCHEME, Caller.WRITE_SCOPE)));
            } else if (method == PathItem.HttpMethod.GET && matches(properties.openPaths(), path)) {
                // a calendar application that cannot send a token subscribes without one
                operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(SCHEME)));
            }
        }));
    }

    private static boolean changes(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
    }

    private static boolean matches(List<String> patterns, String path) {
        return patterns.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }
}
