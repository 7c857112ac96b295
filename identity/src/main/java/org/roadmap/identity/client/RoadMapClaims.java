package org.roadmap.identity.client;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.roadmap.identity.config.IdentityProperties.User;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the claims every part of the platform relies on into the access token (docs/adr/0006):
 * {@code name}, {@code org}, {@code country}, {@code roles}, {@code scope}, {@code locale},
 * {@code zoneinfo}, and the platform's audience in {@code aud}. {@code sub} is already the user: the
 * client id of a client-credentials token, the person's user name of one the gateway got by the
 * authorization code.
 */
final class RoadMapClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The audience the services accept ({@code roadmap.security.audience}), beside the client id the issuer puts there. */
    static final String AUDIENCE = "roadmap";

    private final Map<String, User> users;

    RoadMapClaims(List<User> users) {
        this.users = users.stream().collect(Collectors.toMap(User::clientId, Function.identity()));
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        // every access token of this issuer is for the platform, whichever client or flow asked for it
        context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), AUDIENCE));
        User user = users.get(context.getPrincipal().getName());
        if (user == null) {
            return;
        }
        // a request without scope gets all of the user's; one that names some gets those (RFC 6749 §3.3)
        Set<String> scopes = context.getAuthorizedScopes().isEmpty() ? Set.copyOf(user.scopes())
                : context.getAuthorizedScopes();
        context.getClaims().claims(claims -> {
            claims.put("name", user.name());
            claims.put("org", user.organisation());
            if (user.country() != null) {
                claims.put("country", user.country());
            }
            claims.put("roles", user.roles());
            // a space-delimited string, as RFC 9068 has it
            claims.put("scope", user.scopes().stream().filter(scopes::contains).collect(Collectors.joining(" ")));
            claims.put("locale", user.locale());
            claims.put("zoneinfo", user.zoneinfo());
        });
    }
}
