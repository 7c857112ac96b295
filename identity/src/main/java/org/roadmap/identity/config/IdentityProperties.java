package org.roadmap.identity.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The issuer's settings ({@code roadmap.identity}).
 *
 * @param dataDirectory where the signing key and the client secrets are kept across restarts
 * @param tokenLifetime how long an access token is valid
 * @param users         the seeded users, each an OAuth2 client with the client-credentials grant and a
 *                      person who signs in to the dashboard with a password
 * @param gateway       the gateway, the OAuth2 client that signs people in to the dashboard
 * @param secrets       fixed secrets for tests only, by client id ({@code pe-editor}), by user name and
 *                      {@code .password} ({@code pe-editor.password}) and by the gateway's client id; the
 *                      others are generated on first start
 */
@Validated
@ConfigurationProperties("roadmap.identity")
public record IdentityProperties(@NotNull Path dataDirectory, @NotNull Duration tokenLifetime,
        @NotEmpty List<@Valid User> users, @NotNull @Valid Gateway gateway, Map<String, String> secrets) {

    /** A secret that is set rather than generated: from the settings, or the gateway's from the environment. */
    public String fixedSecret(String name) {
        String fixed = secrets.get(name);
        boolean gatewaysFromEnvironment = fixed == null && name.equals(gateway.clientId())
                && gateway.clientSecret() != null && !gateway.clientSecret().isBlank();
        return gatewaysFromEnvironment ? gateway.clientSecret() : fixed;
    }

    /** The key of a person's password among the secrets. */
    public static String passwordKey(String userName) {
        return userName + ".password";
    }

    /**
     * The gateway as the dashboard's OAuth2 client (authorization code with PKCE, docs/adr/0006).
     *
     * @param clientId        its client id; its secret is generated on first start beside the users' ones
     * @param clientSecret    its secret when the gateway cannot read the issuer's files (docker-compose,
     *                        {@code ROADMAP_GATEWAY_CLIENT_SECRET}, the same value as the gateway's); hashed, kept nowhere
     * @param urls            where people open the dashboard: each gets the sign-in callback
     *                        ({@code /login/oauth2/code/roadmap}) and the return after signing out ({@code /})
     * @param sessionLifetime how long a signed-in person stays signed in (the refresh token's lifetime)
     */
    public record Gateway(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String clientId, String clientSecret,
            @NotEmpty List<URI> urls, @NotNull Duration sessionLifetime) {
    }

    public IdentityProperties {
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
    }

    /**
     * A seeded user, as the claims of its tokens describe it (docs/adr/0006).
     *
     * @param organisation spelt exactly as a responsible entity of the road map
     * @param country      ISO 3166-1 alpha-2 of the user's side; absent for the working group and integrators
     * @param roles        {@code editor}, {@code admin}, {@code reader}, {@code integrator}
     */
    public record User(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String clientId, @NotBlank String name,
            @NotBlank String organisation, @Pattern(regexp = "[A-Z]{2}") String country,
            @NotEmpty List<@Pattern(regexp = "editor|admin|reader|integrator") String> roles,
            @NotBlank String locale, @NotBlank String zoneinfo) {

        /** {@code roadmap.read}, plus {@code roadmap.write} for editors and admins. */
        public List<String> scopes() {
            return roles.contains("editor") || roles.contains("admin") ? List.of("roadmap.read", "roadmap.write")
                    : List.of("roadmap.read");
        }
    }
}
