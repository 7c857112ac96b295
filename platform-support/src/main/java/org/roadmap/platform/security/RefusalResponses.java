package org.roadmap.platform.security;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.roadmap.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;


/**
 * Refusals of the security filters as RFC 9457 problems, like every other error of the platform:
 * 401 with {@code WWW-Authenticate: Bearer} (and the token's fault, per RFC 6750) when the token is
 * missing or not valid, 403 naming the rule when a reading token asks for a change, 400 when the
 * firewall refuses an address (nothing of it echoed back).
 */
final class RefusalResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler,
        AuthenticationFailureHandler {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        write(response, request, HttpStatus.UNAUTHORIZED, "Sign-in required", "unauthorized", tokenSent
                ? "The bearer token is not valid (" + failure.getMessage() + "). Get a new one from the issuer."
                : "This request needs an access token: send Authorization: Bearer <token> from the issuer.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, request, HttpStatus.FORBIDDEN, "Not allowed", "forbidden", WRITES.contains(request.getMethod())
                ? Caller.WRITE_SCOPE_RULE
                : "This token does not allow this request.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        write(response, request, HttpStatus.BAD_REQUEST, "Malformed request", "malformed-request",
                "The request's address contains characters refused for safety (e.g. an encoded '/' or '%', a ';', "
                        + "a quote or a line break).");
    }

    /**
     * A token that could not be checked at all, because the issuer's keys are out of reach, is the
     * platform's fault and passing: 503 with Retry-After, not a 500, and not a 401 that would send
     * a client with a good token off to sign in again.
     */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            write(response, request, HttpStatus.SERVICE_UNAVAILABLE, "Sign-in unavailable", "sign-in-unavailable",
                    "The token could not be checked because the issuer's keys cannot be fetched right now. Try again shortly.");
        } else {
            commence(request, response, failure);
        }
    }

    private void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String title,
            String type, String detail) throws IOException {
        Problems.write(request, response, status, type, title, detail, Map.of());
    }
}
