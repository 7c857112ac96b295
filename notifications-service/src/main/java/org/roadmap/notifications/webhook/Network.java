package org.roadmap.notifications.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 network in CIDR notation, e.g. {@code 10.20.0.0/16} or {@code fd00:1::/32}.
 *
 * @param prefix the network's first bytes that matter, the rest zero
 */
record Network(byte[] address, int prefix) {

    /** @throws IllegalArgumentException naming the text when it is not a network */
    static Network of(String cidr) {
        String[] parts = cidr.strip().split("/", -1);
        try {
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException();
            }
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int prefix = Integer.parseInt(parts[1]);
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException();
            }
            return new Network(address, prefix);
        } catch (IllegalArgumentException | UnknownHostException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not a network in CIDR notation, e.g. 10.20.0.0/16");
        }
    }

    boolean contains(InetAddress candidate) {
        byte[] raw = candidate.getAddress();
        if (raw.length != address.length) {
            return false;
        }
        int whole = prefix / 8;
        if (!Arrays.equals(raw, 0, whole, address, 0, whole)) {
            return false;
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (raw[whole] & mask) == (address[whole] & mask);
    }
}
