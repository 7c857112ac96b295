package org.roadmap.platform.tokens;

import java.time.Clock;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Boot's token decoder, remembering the tokens it accepted for a while ({@link AcceptedTokens}). A client sends the
 * same token with every request for up to an hour, and checking its RSA signature again at each one was a third of
 * the CPU of a small read (docs/adr/0012). A refused token is refused again, the same way, at every request.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final AcceptedTokens accepted;

    public VerifiedTokens(JwtDecoder decoder) {
        this(decoder, Clock.systemUTC());
    }

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.accepted = new AcceptedTokens(clock);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = accepted.remembered(token);
        if (remembered != null) {
            return remembered;
        }
        Jwt jwt = decoder.decode(token);
        accepted.accepted(token, jwt);
        return jwt;
    }
}
