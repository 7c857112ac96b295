package org.roadmap.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings of a service ({@code roadmap.security}).
 *
 * @param openPaths paths (Ant patterns) that may be read ({@code GET}) without a token, e.g.
 *                  {@code /api/v1/calendar/**} so that Outlook and Google Calendar, which cannot send a
 *                  bearer token, can subscribe to the feeds; none by default
 * @param personalPaths paths (Ant patterns) where any signed-in caller may change what is their own,
 *                  without the write scope, because the service itself checks whose it is, e.g. a
 *                  notification inbox a reader marks read; none by default
 * @param audience  the audience ({@code aud}) a token must name to be accepted here, so a token that the
 *                  same OIDC provider issued for another application is refused (401); {@code roadmap},
 *                  which the local issuer puts in its tokens, by default
 * @param issuerTimeout how long to wait for the issuer (discovery, key set) to connect and to answer;
 *                  past it the request gets a 503 problem instead of waiting on a silent issuer
 */
@ConfigurationProperties("roadmap.security")
public record SecurityProperties(List<String> openPaths, List<String> personalPaths,
        @DefaultValue("roadmap") String audience, @DefaultValue("5s") Duration issuerTimeout) {

    public SecurityProperties {
        openPaths = openPaths == null ? List.of() : List.copyOf(openPaths);
        personalPaths = personalPaths == null ? List.of() : List.copyOf(personalPaths);
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("roadmap.security.audience must name the audience tokens are issued for");
        }
    }
}
