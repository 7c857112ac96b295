package org.roadmap.platform.security;

/**
 * A rule of docs/adr/0006 refuses what the caller asked for; answered 403 with the message, which
 * names the rule, e.g. "Editors change only commitments their organisation is responsible for".
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String rule) {
        super(rule);
    }
}
