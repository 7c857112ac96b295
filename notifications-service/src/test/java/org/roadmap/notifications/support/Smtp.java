package org.roadmap.notifications.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * One real SMTP server (GreenMail) per test JVM, on a free port, shared by all test classes so
 * the cached Spring context keeps a valid mail port.
 */
public final class Smtp {

    private static GreenMail server;

    private Smtp() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            started.start();
            server = started;
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }
}
