package org.roadmap.identity.throttle;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Failed sign-ins at the token endpoint (a wrong client secret: 401) and at the login page (a wrong
 * password: back to {@code /login?error}) are counted per client id or user name and per address;
 * past the limit the attempt is answered with a 429 problem and {@code Retry-After} before any
 * secret is checked, until the window has passed. A success clears its name's count. Runs ahead of
 * Spring Security, so the refusal costs no password hashing.
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottle {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> signInThrottleFilter(ThrottleProperties limits, JsonMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new ThrottleFilter(new FailedAttempts(limits, Clock.systemUTC()), json));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/oauth2/token", "/login");
        return registration;
    }

    private static final class ThrottleFilter extends OncePerRequestFilter {

        private final FailedAttempts attempts;
        private final JsonMapper json;

        ThrottleFilter(FailedAttempts attempts, JsonMapper json) {
            this.attempts = attempts;
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean tokenEndpoint = request.getRequestURI().endsWith("/oauth2/token");
            // behind the gateway the address is the caller's, from X-Forwarded-For (server.forward-headers-strategy)
            String address = "address:" + request.getRemoteAddr();
            String name = "name:" + (tokenEndpoint ? clientId(request) : request.getParameter("username"));
            Optional<Duration> refused = List.of(name, address).stream().map(attempts::refusedFor).flatMap(Optional::stream)
                    .max(Duration::compareTo);
            if (refused.isPresent()) {
                tooManyAttempts(request, response, refused.get());
                return;
            }
            chain.doFilter(request, response);
            if (tokenEndpoint ? response.getStatus() == HttpStatus.UNAUTHORIZED.value() : backToLoginWithError(response)) {
                attempts.failed(name);
                attempts.failed(address);
            } else if (response.getStatus() < 400) {
                attempts.succeeded(name);
            }
        }

        private static boolean backToLoginWithError(HttpServletResponse response) {
            String location = response.getHeader(HttpHeaders.LOCATION);
            return location != null && location.contains("/login?error");
        }

        /** As the client authenticates: HTTP Basic, or client_id in the form. */
        private static String clientId(HttpServletRequest request) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                            StandardCharsets.UTF_8);
                    return pair.contains(":") ? pair.substring(0, pair.indexOf(':')) : pair;
                } catch (IllegalArgumentException malformed) {
                    return "";
                }
            }
            return request.getParameter("client_id");
        }

        private void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Duration left)
                throws IOException {
            long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this name or from this address. Try again in " + seconds + " s.");
            problem.setType(URI.create("/problems/too-many-sign-in-attempts"));
            problem.setTitle("Too many failed sign-ins");
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        }
    }
}
