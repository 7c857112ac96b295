package org.roadmap.identity.config;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Three filter chains: the authorization server's endpoints (authorize, token, JWKS, OIDC discovery,
 * user info and sign-out), the login page where people sign in with their user name and password
 * before the dashboard gets its code, and everything else, where only health and metrics are open.
 * <p>
 * Only a person signed in here has a session: until then, the authorization they started and the
 * login form's CSRF token are cookies of their browser. A session per visit let anyone grow the issuer's memory
 * without end, since Tomcat keeps any number of sessions for 30 minutes.
 */
@Configuration(proxyBeanMethods = false)
class IssuerSecurityConfiguration {

    private static final String LOGIN_PAGE = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            // OIDC with RP-initiated logout (/connect/logout), which ends the person's session here too
            server.oidc(withDefaults());
        })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a browser not yet signed in is sent to the login page, and back to the authorization after it; the
                // authorization to come back to is in a cookie of the browser's, not in a session (see the class comment)
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // the OIDC user-info endpoint takes the issuer's own tokens
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginPage(HttpSecurity http) {
        // Spring Security's generated page and its style sheet; it carries the CSRF token, a failure comes back with ?error
        http.securityMatcher(LOGIN_PAGE, "/default-ui.css")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // the form's CSRF token in a cookie and the authorization to go back to from one (see the class comment)
                .csrf(csrf -> csrf.csrfTokenRepository(loginFormTokens()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .formLogin(withDefaults());
        return http.build();
    }

    /**
     * The login form's CSRF token, in a cookie for the login page alone and of a name of its own: cookies do not tell
     * ports apart, and on one machine the gateway's own {@code XSRF-TOKEN} would otherwise replace it while the
     * dashboard is open in another tab.
     */
    private static CookieCsrfTokenRepository loginFormTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("ROADMAP_SIGN_IN_CSRF");
        tokens.setCookiePath(LOGIN_PAGE);
        return tokens;
    }

    @Bean
    @Order(3)
    SecurityFilterChain operations(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/error").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
