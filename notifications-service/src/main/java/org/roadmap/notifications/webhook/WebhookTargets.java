package org.roadmap.notifications.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.roadmap.notifications.config.NotificationsProperties;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs alerts may be sent to. A URL whose host resolves to an address that is not a
 * public unicast one is refused: loopback, link-local, private and unique-local, carrier-grade NAT,
 * documentation, benchmarking, reserved, wildcard, multicast and broadcast ranges, IPv6 forms that
 * carry an IPv4 address (mapped, NAT64, 6to4) when that address is one of those, and the host's own
 * addresses; otherwise anyone who may register a webhook could make this service call into the
 * platform's own network. An operator may open specific private networks by list
 * ({@code allowed-networks}), or all of them in tests and closed networks ({@code allow-private-targets}).
 * Checked when the URL is saved and again before every send, since DNS answers change (a name that
 * later resolves inside, "DNS rebinding", is refused then); the JVM keeps a resolved name for 30 s,
 * so the connection that follows the check goes to the address that was checked.
 */
@Component
public class WebhookTargets {

    /** Ranges that are not public unicast addresses (IANA special-purpose registries). */
    private static final List<Network> REFUSED = Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/127", "100::/64", "2001::/32", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .map(Network::of).toList();
    /**
     * IPv6 ranges whose addresses carry an IPv4 address, at the byte offset given (Java reads an
     * IPv4-mapped {@code ::ffff:a.b.c.d} as the IPv4 address itself already).
     */
    private static final Map<Network, Integer> CARRYING_IPV4 = Map.of(
            Network.of("::/96"), 12, Network.of("64:ff9b::/96"), 12, Network.of("2002::/16"), 2);

    private final boolean allowPrivate;
    private final List<Network> allowed;
    private final Set<InetAddress> own;

    public WebhookTargets(NotificationsProperties properties) {
        this.allowPrivate = properties.webhooks().allowPrivateTargets();
        this.allowed = properties.webhooks().allowedNetworks().stream().map(Network::of).toList();
        this.own = ownAddresses();
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
                if ((isInternal(address) || own.contains(address)) && allowed.stream().noneMatch(n -> n.contains(address))) {
                    throw new RefusedTargetException("resolves to " + address.getHostAddress() + ", a loopback,"
                            + " private, reserved or this host's own address, which webhooks may not target");
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
        for (Map.Entry<Network, Integer> carrier : CARRYING_IPV4.entrySet()) {
            if (carrier.getKey().contains(address)) {
                int at = carrier.getValue();
                try {
                    return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(address.getAddress(), at, at + 4)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return REFUSED.stream().anyMatch(network -> network.contains(address));
    }

    private static Set<InetAddress> ownAddresses() {
        Set<InetAddress> addresses = new HashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    // without the interface's scope, as a URL's host resolves
                    addresses.add(InetAddress.getByAddress(address.getAddress()));
                }
            }
        } catch (IOException e) {
            // no interfaces to list: the ranges above still hold
        }
        return Set.copyOf(addresses);
    }

    /** A webhook URL this service will not call. */
    public static class RefusedTargetException extends RuntimeException {

        public RefusedTargetException(String message) {
            super(message);
        }
    }
}
