package org.roadmap.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings of a service ({@code roadmap.security}).
 *
 * @param openPaths paths (Ant patterns) that may be read ({@code GET}) without a token, e.g.
 *                  {@code /api/v1/calendar/**} so that Outlook and Google Calendar, which cannot send a
 *                  bearer token, can subscribe to the feeds; none by default
 * @param personalPaths paths (Ant patterns) where any signed-in caller may change what is their own,
 *                  without the write scope, because the service itself checks whose it is, e.g. a
 *                  notification inbox a reader marks read; none by default
 */
@ConfigurationProperties("roadmap.security")
public record SecurityProperties(List<String> openPaths, List<String> personalPaths) {

    public SecurityProperties {
        openPaths = openPaths == null ? List.of() : List.copyOf(openPaths);
        personalPaths = personalPaths == null ? List.of() : List.copyOf(personalPaths);
    }
}
