package org.roadmap.identity.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.roadmap.identity.config.IdentityProperties;
import org.roadmap.identity.config.IdentityProperties.Gateway;
import org.roadmap.identity.config.IdentityProperties.User;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User.UserBuilder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Each seeded user is an OAuth2 client with the client-credentials grant, so a newcomer gets a
 * token with one {@code curl -u client:secret}, and a person who signs in to the dashboard with a
 * password at the login page; the gateway is the dashboard's client (authorization code with PKCE).
 * Scopes follow the user's roles (docs/adr/0006).
 */
@Configuration(proxyBeanMethods = false)
class SeededClients {

    /** Where the gateway wants people back after signing in, under each of its URLs. */
    static final String SIGN_IN_CALLBACK = "/login/oauth2/code/roadmap";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecretHashes secretHashes(IdentityProperties properties, PasswordEncoder encoder) {
        return new SecretHashes(ClientSecrets.hashes(properties, encoder));
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, SecretHashes hashes) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.tokenLifetime()).build();
        List<RegisteredClient> clients = new ArrayList<>(properties.users().stream()
                .map(user -> client(user, hashes.of(user.clientId()), tokens)).toList());
        clients.add(gateway(properties, hashes.of(properties.gateway().clientId())));
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** The people who sign in at the login page: the seeded users, each with its own password. */
    @Bean
    UserDetailsService people(IdentityProperties properties, SecretHashes hashes) {
        List<UserDetails> people = properties.users().stream()
                .map(user -> person(user, hashes.of(IdentityProperties.passwordKey(user.clientId())))).toList();
        return new InMemoryUserDetailsManager(people);
    }

    @Bean
    RoadMapClaims roadMapClaims(IdentityProperties properties) {
        return new RoadMapClaims(properties.users());
    }

    private static RegisteredClient client(User user, String secretHash, TokenSettings tokens) {
        return RegisteredClient.withId(user.clientId())
                .clientId(user.clientId())
                .clientName(user.name())
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(user.scopes()))
                .tokenSettings(tokens)
                .build();
    }

    /**
     * A confidential client that must send a PKCE challenge (S256), with no consent screen: the
     * platform's own front door. Its refresh token keeps a person signed in for a working day.
     */
    private static RegisteredClient gateway(IdentityProperties properties, String secretHash) {
        Gateway gateway = properties.gateway();
        return RegisteredClient.withId(gateway.clientId())
                .clientId(gateway.clientId())
                .clientName("Road Map dashboard")
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> gateway.urls().forEach(url -> uris.add(under(url, SIGN_IN_CALLBACK))))
                .postLogoutRedirectUris(uris -> gateway.urls().forEach(url -> uris.add(under(url, "/"))))
                .scope(OidcScopes.OPENID)
                .scopes(scopes -> scopes.addAll(List.of("roadmap.read", "roadmap.write")))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokenLifetime())
                        .refreshTokenTimeToLive(gateway.sessionLifetime()).reuseRefreshTokens(false).build())
                .build();
    }

    private static UserDetails person(User user, String passwordHash) {
        UserBuilder person = org.springframework.security.core.userdetails.User.withUsername(user.clientId())
                .password(passwordHash);
        return person.roles(user.roles().toArray(String[]::new)).build();
    }

    private static String under(URI url, String path) {
        return url.toString().replaceAll("/+$", "") + path;
    }

    /** The hashes of every seeded secret and password, by name (see {@link ClientSecrets}). */
    record SecretHashes(Map<String, String> byName) {

        String of(String name) {
            return byName.get(name);
        }
    }
}
