package org.roadmap.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.config.NotificationsProperties;

class WebhookTargetsTests {

    private final WebhookTargets strict = targets(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
            "http://192.168.0.10/hook", "http://172.16.5.4/hook", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://0.0.0.0/hook",
            "http://100.64.0.1/hook", "http://192.0.2.10/hook", "http://198.51.100.7/hook", "http://203.0.113.9/hook",
            "http://0.1.2.3/hook", "http://240.0.0.1/hook", "http://255.255.255.255/hook", "http://[fc12::1]/hook",
            "http://[::ffff:192.168.1.1]/hook", "http://[::ffff:7f00:1]/hook", "http://[2001:db8::1]/hook",
            "http://[64:ff9b::a00:1]/hook", "http://[2002:c0a8:101::1]/hook", "http://[::]/hook", "http://[fe80::1]/hook",
            "http://[ff02::1]/hook", "http://198.18.0.1/hook", "http://224.0.0.1/hook"})
    void refusesTargetsInsideThePlatformsOwnNetwork(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(WebhookTargets.RefusedTargetException.class)
                .hasMessageContaining("resolves to");
    }

    @Test
    void acceptsAPublicAddressAndRefusesOtherSchemesAndCredentials() {
        assertThat(strict.check("https://93.184.216.34/hooks/roadmap").getHost()).isEqualTo("93.184.216.34");
        assertThatThrownBy(() -> strict.check("file:///etc/passwd")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> strict.check("https://user:pw@93.184.216.34/")).hasMessageContaining("credentials");
    }

    @Test
    void refusesTheHostsOwnAddresses() throws Exception {
        for (java.net.NetworkInterface network : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (java.net.InetAddress own : java.util.Collections.list(network.getInetAddresses())) {
                String host = own instanceof java.net.Inet6Address ? "[" + own.getHostAddress().replaceAll("%.*", "") + "]"
                        : own.getHostAddress();
                assertThatThrownBy(() -> strict.check("http://" + host + "/hook"))
                        .isInstanceOf(WebhookTargets.RefusedTargetException.class);
            }
        }
    }

    @Test
    void allowsPrivateTargetsOnlyWhenConfigured() {
        assertThat(targets(true).check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
    }

    @Test
    void allowsOnlyTheListedPrivateNetworks() {
        WebhookTargets listed = targets(false, java.util.List.of("10.20.0.0/16", "fd00:1::/32"));

        assertThat(listed.check("http://10.20.3.4:8443/hook").getPort()).isEqualTo(8443);
        assertThat(listed.check("http://[fd00:1::5]/hook").getHost()).isEqualTo("[fd00:1::5]");
        assertThatThrownBy(() -> listed.check("http://10.21.0.1/hook")).hasMessageContaining("resolves to");
        assertThatThrownBy(() -> listed.check("http://127.0.0.1/hook")).hasMessageContaining("resolves to");
    }

    @Test
    void refusesAListedNetworkThatIsNotOne() {
        assertThatThrownBy(() -> targets(false, java.util.List.of("10.20.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.20.0.0/33");
    }

    private static WebhookTargets targets(boolean allowPrivate) {
        return targets(allowPrivate, java.util.List.of());
    }

    private static WebhookTargets targets(boolean allowPrivate, java.util.List<String> allowedNetworks) {
        return new WebhookTargets(new NotificationsProperties(LocalTime.of(9, 0), ZoneId.of("America/Lima"),
                new NotificationsProperties.Scheduler(false, Duration.ofSeconds(1), Duration.ofMinutes(2),
                        Duration.ZERO, Duration.ZERO, Duration.ofMinutes(15), 500),
                new NotificationsProperties.Webhooks(allowPrivate, allowedNetworks, Duration.ofSeconds(1), 3,
                        Duration.ofMillis(10)),
                new NotificationsProperties.Mail("x@localhost", true)));
    }
}
