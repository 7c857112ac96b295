package org.roadmap.platform.apidocs;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The problems every operation can answer, in every service's OpenAPI document. */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
public class ApiDocumentsConfiguration {

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    NullableProperties nullableProperties() {
        return new NullableProperties();
    }

    @Bean
    @ConditionalOnClass(name = "jakarta.validation.constraints.NotBlank")
    ConstraintProperties constraintProperties() {
        return new ConstraintProperties();
    }

    @Bean
    LocalDateTimeProperties localDateTimeProperties() {
        return new LocalDateTimeProperties();
    }

    @Bean
    ConditionalHeaders conditionalHeaders() {
        return new ConditionalHeaders();
    }

    @Bean
    OperationIds operationIds() {
        return new OperationIds();
    }

    @Bean
    MergePatchBodies mergePatchBodies() {
        return new MergePatchBodies();
    }

    @Bean
    SuccessResponses successResponses() {
        return new SuccessResponses();
    }

    /** Names the document after the service and the API's major version, the one in {@code /api/v1}. */
    @Bean
    GlobalOpenApiCustomizer documentInfo(Environment environment) {
        String service = environment.getProperty("spring.application.name", "service");
        return openApi -> openApi.info(new Info().title("Road Map platform: " + service).version("v1")
                .description("The API of " + service + ". Errors are problems (RFC 9457); changes need If-Match where"
                        + " it is listed, and an Idempotency-Key makes a retried request safe. See"
                        + " docs/integrators.md and docs/openapi/ in the repository."));
    }
}
