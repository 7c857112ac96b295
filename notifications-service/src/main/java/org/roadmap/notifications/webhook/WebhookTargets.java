package org.roadmap.notifications.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.roadmap.notifications.config.NotificationsProperties;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs alerts may be sent to. A URL whose host resolves to a loopback, link-local,
 * private (site-local, unique-local, carrier-grade NAT), wildcard or multicast address is refused
 * unless configuration allows private targets: otherwise anyone who may register a webhook could
 * make this service call into the platform's own network. Checked when the URL is registered and
 * again before every send, since DNS answers change.
 */
@Component
public class WebhookTargets {

    private final boolean allowPrivate;

    public WebhookTargets(NotificationsProperties properties) {
        this.allowPrivate = properties.webhooks().allowPrivateTargets();
    }

    /**
     * @return the URI to call
     * @throws RefusedTargetException naming why the URL is refused
     */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedTargetException("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RefusedTargetException("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedTargetException("must name a host");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedTargetException("must not carry credentials");
        }
        if (url.length() > 2048) {
            throw new RefusedTargetException("must be at most 2048 characters");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("has a host that does not resolve: " + uri.getHost());
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new RefusedTargetException("resolves to " + address.getHostAddress()
                            + ", a loopback, link-local or private address, which webhooks may not target");
                }
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((raw[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            if (isMappedIpv4(raw)) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(raw, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = raw[0] & 0xff;
        int second = raw[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 carrier-grade NAT
                || (first == 192 && second == 0 && (raw[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15 benchmarking
                || first >= 240; // reserved and broadcast
    }

    private static boolean isMappedIpv4(byte[] raw) {
        for (int i = 0; i < 10; i++) {
            if (raw[i] != 0) {
                return false;
            }
        }
        return (raw[10] & 0xff) == 0xff && (raw[11] & 0xff) == 0xff;
    }

    /** A webhook URL this service will not call. */
    public static class RefusedTargetException extends RuntimeException {

        public RefusedTargetException(String message) {
            super(message);
        }
    }
}
