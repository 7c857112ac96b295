package org.roadmap.platform.security;

import jakarta.annotation.Nullable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.roadmap.events.TextLimits;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the claims of their access token describe them (docs/adr/0006). A controller
 * takes it as a parameter.
 *
 * @param organisation spelt exactly as a responsible entity of the road map
 * @param country      ISO 3166-1 alpha-2 of the caller's side; {@code null} for the working group and integrators
 * @param roles        {@code editor}, {@code admin}, {@code reader}, {@code integrator}
 * @param scopes       {@code roadmap.read}, {@code roadmap.write}
 */
public record Caller(String subject, @Nullable String name, @Nullable String organisation, @Nullable String country,
        Set<String> roles, Set<String> scopes) {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String READER = "reader";
    public static final String INTEGRATOR = "integrator";
    public static final String WRITE_SCOPE = "roadmap.write";

    /** The roles that see restricted items; every other caller does not. */
    static final Set<String> SEE_RESTRICTED = Set.of(ADMIN, EDITOR, READER);

    /** Between a space-delimited claim's values; compiled once, where String.split compiled it at every request. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Why a change is refused to a token without the write scope. */
    public static final String WRITE_SCOPE_RULE = "Changes need the " + WRITE_SCOPE
            + " scope, which editors and admins get when they ask for it; this token may only read.";

    /** Someone on a path that is open without a token (e.g. calendar feeds, when configured so). */
    public static final Caller ANONYMOUS = new Caller("anonymous", "anonymous", null, null, Set.of(), Set.of());

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    static Caller of(Jwt jwt) {
        String subject = jwt.getSubject();
        String name = jwt.getClaimAsString("name");
        return new Caller(subject, name == null || name.isBlank() ? subject : name, jwt.getClaimAsString("org"),
                jwt.getClaimAsString("country"), strings(jwt.getClaim("roles")), strings(jwt.getClaim("scope")));
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public boolean isEditor() {
        return roles.contains(EDITOR);
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS || subject == null;
    }

    /**
     * Whether the token was issued for changes: the write scope, which the issuer grants editors and
     * admins when asked for it. A role alone is not enough, so a token requested with
     * {@code scope=roadmap.read} only reads, whoever it belongs to.
     */
    public boolean mayWrite() {
        return scopes.contains(WRITE_SCOPE);
    }

    /**
     * @throws NotAllowedException unless the token carries the write scope; each service's own rule
     *                             (role, ownership) applies on top
     */
    public void requireWrite() {
        if (!mayWrite()) {
            throw new NotAllowedException(WRITE_SCOPE_RULE);
        }
    }

    /**
     * Restricted items are seen by the platform's own staff roles only (an allow-list): a token with
     * no roles (e.g. from a shared OIDC provider), with unknown roles, an integrator's and an
     * anonymous caller's see none.
     */
    public boolean seesRestricted() {
        return !isAnonymous() && roles.stream().anyMatch(SEE_RESTRICTED::contains);
    }

    /**
     * The visibility rule every service applies to whatever it holds of a commitment (the commitment,
     * a projection of it, a link to it, a count): whether the caller may know of an item that is
     * {@code restricted} or not. Those who may not get it answered as not found, or left out.
     */
    public boolean sees(boolean restricted) {
        return !restricted || seesRestricted();
    }

    /** Whether the caller's organisation is one of {@code organisations} (exact names, as in the road map). */
    public boolean belongsToOneOf(Collection<String> organisations) {
        return organisation != null && organisations.stream().anyMatch(organisation::equals);
    }

    /** How history records the caller: {@code name (sub)}. */
    public String actor() {
        return isAnonymous() ? "anonymous" : TextLimits.fitted(name + " (" + subject + ")", TextLimits.ACTOR);
    }

    /** A claim that is a list, or a space-delimited string as {@code scope} is (RFC 9068). */
    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof String text) {
            for (String value : WHITESPACE.split(text.trim())) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        } else if (claim instanceof Collection<?> list) {
            list.forEach(value -> values.add(String.valueOf(value)));
        }
        return values;
    }
}
