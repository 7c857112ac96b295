package org.roadmap.notifications.recipient;

import java.util.Arrays;

/** How an alert reaches a recipient. */
public enum Channel {

    EMAIL("email"), WEBHOOK("webhook"), INBOX("inbox");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for an unknown channel */
    public static Channel ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of email, webhook, inbox"));
    }
}
