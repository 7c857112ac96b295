package org.roadmap.gateway.security;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway as the dashboard's OAuth2 client ({@code roadmap.gateway.sign-in}): people sign in at the
 * issuer (authorization code with PKCE) and the gateway keeps their tokens in its session.
 *
 * @param clientId         the gateway's client id at the issuer
 * @param clientSecret     its secret, from the environment ({@code ROADMAP_GATEWAY_CLIENT_SECRET}); when
 *                         empty, read from {@code secretsFile} at the first sign-in
 * @param secretsFile      where the local issuer of the embedded default keeps the secret it generated
 *                         (the line {@code <clientId>=…})
 * @param scopes           asked for; the issuer grants a person only those their roles allow
 * @param authorizationUri the issuer's endpoints, for an OIDC provider whose paths are not Spring
 *                         Authorization Server's; by default {@code <issuer>/oauth2/authorize} for the
 *                         browser and the token endpoint and keys through {@code roadmap.gateway.services.identity}
 * @param tokenUri         see above
 * @param jwkSetUri        see above
 * @param endSessionUri    where the browser goes to sign out at the issuer too (OIDC RP-initiated logout)
 */
@ConfigurationProperties("roadmap.gateway.sign-in")
record SignInProperties(@DefaultValue("gateway") String clientId, @DefaultValue("") String clientSecret,
        @DefaultValue(".roadmap/identity/secrets.properties") Path secretsFile,
        @DefaultValue({"openid", "roadmap.read", "roadmap.write"}) List<String> scopes, String authorizationUri,
        String tokenUri, String jwkSetUri, String endSessionUri) {
}
