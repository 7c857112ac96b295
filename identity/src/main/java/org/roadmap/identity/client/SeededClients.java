package org.roadmap.identity.client;

import java.util.List;
import java.util.Map;

import org.roadmap.identity.config.IdentityProperties;
import org.roadmap.identity.config.IdentityProperties.User;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Each seeded user is an OAuth2 client with the client-credentials grant, so a newcomer gets a
 * token with one {@code curl -u client:secret}; its scopes follow its roles (docs/adr/0006).
 */
@Configuration(proxyBeanMethods = false)
class SeededClients {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder encoder) {
        Map<String, String> hashes = ClientSecrets.hashes(properties, encoder);
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.tokenLifetime()).build();
        List<RegisteredClient> clients = properties.users().stream()
                .map(user -> client(user, hashes.get(user.clientId()), tokens)).toList();
        return new InMemoryRegisteredClientRepository(clients);
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
}
