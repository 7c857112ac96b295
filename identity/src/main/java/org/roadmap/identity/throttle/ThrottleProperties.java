package org.roadmap.identity.throttle;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins are tolerated ({@code roadmap.identity.throttle}).
 *
 * @param maxFailures failures of one client id or user name, or from one address, within the window
 *                    after which further attempts are answered 429 until the window has passed
 * @param window      counted from the first failure; a success of the name starts it afresh
 * @param maxTracked  names and addresses remembered at most, so a flood of made-up names cannot fill the memory
 */
@Validated
@ConfigurationProperties("roadmap.identity.throttle")
record ThrottleProperties(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("1m") @NotNull Duration window,
        @DefaultValue("100000") @Min(1) int maxTracked) {
}
