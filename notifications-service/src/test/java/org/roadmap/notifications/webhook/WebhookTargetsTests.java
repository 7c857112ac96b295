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
            "http://100.64.0.1/hook"})
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
    void allowsPrivateTargetsOnlyWhenConfigured() {
        assertThat(targets(true).check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
    }

    private static WebhookTargets targets(boolean allowPrivate) {
        return new WebhookTargets(new NotificationsProperties(LocalTime.of(9, 0), ZoneId.of("America/Lima"),
                new NotificationsProperties.Scheduler(false, Duration.ofSeconds(1), Duration.ofMinutes(2),
                        Duration.ofMinutes(15), 500),
                new NotificationsProperties.Webhooks(allowPrivate, Duration.ofSeconds(1), 3, Duration.ofMillis(10)),
                new NotificationsProperties.Mail("x@localhost", true)));
    }
}
