package org.roadmap.gateway.apidocs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Mono;

/**
 * The event contract's documents as integrators follow them: every record's {@code ce_dataschema}
 * ({@code /schemas/<type>.json}) resolves here, beside {@code /docs/schemas/}, and the AsyncAPI
 * document is served as YAML, not as a download of unknown type.
 */
@Configuration(proxyBeanMethods = false)
class IntegratorDocuments implements WebFluxConfigurer {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/schemas/**").addResourceLocations("classpath:/static/docs/schemas/");
    }

    @Bean
    WebFilter yamlDocuments() {
        return (exchange, chain) -> {
            String path = exchange.getRequest().getPath().value();
            if (path.startsWith("/docs/") && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
                exchange.getResponse().beforeCommit(() -> {
                    if (exchange.getResponse().getStatusCode() != null && exchange.getResponse().getStatusCode().is2xxSuccessful()) {
                        exchange.getResponse().getHeaders().setContentType(YAML);
                    }
                    return Mono.empty();
                });
            }
            return chain.filter(exchange);
        };
    }
}
