package org.roadmap.gateway.security;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.JwkSetUriReactiveJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The issuer's key set fetched with time limits: Spring Security's default client waits forever,
 * so a silent issuer would hang every request that carries a token. Requests that arrive while it is fetched wait
 * for that one fetch ({@link SharedIssuerReads}).
 */
@Configuration(proxyBeanMethods = false)
class IssuerTimeouts {

    @Bean
    JwkSetUriReactiveJwtDecoderBuilderCustomizer issuerWithTimeouts(IssuerProperties issuer) {
        // its connections dropped after 30 s idle, before the issuer closes them (server.tomcat.keep-alive-timeout)
        ConnectionProvider connections = ConnectionProvider.builder("issuer").maxIdleTime(Duration.ofSeconds(30))
                .build();
        HttpClient http = HttpClient.create(connections)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) issuer.timeout().toMillis())
                .responseTimeout(issuer.timeout());
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http))
                .filter(new SharedIssuerReads()).build();
        return builder -> builder.webClient(client);
    }
}
