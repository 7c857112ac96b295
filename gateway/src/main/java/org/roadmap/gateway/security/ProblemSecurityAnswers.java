package org.roadmap.gateway.security;

import org.roadmap.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Refusals as problems: 401 with {@code WWW-Authenticate: Bearer} (RFC 6750, with the error when a
 * token was sent but is not valid), 403 when a token lacks what the path needs.
 */
final class ProblemSecurityAnswers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerAuthenticationFailureHandler {

    private final ProblemResponses problems;

    ProblemSecurityAnswers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException refused) {
        String challenge = "Bearer";
        String detail = "Sign in: send an access token as 'Authorization: Bearer <token>' (POST /oauth2/token gives a"
                + " client one), or sign in to the dashboard at /.";
        if (refused instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            challenge = "Bearer error=\"" + error.getErrorCode() + "\"";
            // the decoder's description may quote the token's content: say only what kind of fault it is
            detail = switch (error.getErrorCode()) {
                case "invalid_request" -> "The Authorization header is malformed: send 'Authorization: Bearer <token>'.";
                default -> "The access token is not valid (expired, not signed by the platform's issuer, or malformed):"
                        + " sign in again.";
            };
        }
        String header = challenge;
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign-in needed", detail,
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, header));
    }

    /**
     * A token that could not be checked at all (the issuer's keys out of reach) is a passing fault of
     * the platform: 503 with Retry-After, not a 401 that would send a client with a good token to sign in again.
     */
    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            return problems.write(exchange.getExchange(), HttpStatus.SERVICE_UNAVAILABLE, "sign-in-unavailable",
                    "Sign-in unavailable", "The token could not be checked because the issuer's keys cannot be fetched"
                            + " right now. Try again shortly.",
                    headers -> headers.set(HttpHeaders.RETRY_AFTER, "10"));
        }
        return commence(exchange.getExchange(), failure);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your token does not allow this: operational endpoints need the admin role.",
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\""));
    }
}
