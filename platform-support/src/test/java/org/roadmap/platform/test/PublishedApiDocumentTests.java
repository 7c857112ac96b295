package org.roadmap.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A published API document may only change compatibly; what breaks clients is named. */
class PublishedApiDocumentTests {

    private static final String PUBLISHED = """
            openapi: 3.1.0
            info: {title: t, version: v1}
            paths:
              /api/v1/things:
                get:
                  parameters:
                  - {in: query, name: q, required: false, schema: {type: string}}
                  responses:
                    "200":
                      description: OK
                      content:
                        application/json:
                          schema: {type: object, properties: {id: {type: string}}, required: [id]}
              /api/v1/others:
                get:
                  responses:
                    "200": {description: OK}
            """;

    @Test
    void addingAnOperationOrAnOptionalParameterIsCompatible() {
        String served = PUBLISHED.replace("""
                      - {in: query, name: q, required: false, schema: {type: string}}
                """, """
                      - {in: query, name: q, required: false, schema: {type: string}}
                      - {in: query, name: size, required: false, schema: {type: integer}}
                """) + """
                  /api/v1/more:
                    get:
                      responses:
                        "200": {description: OK}
                """;

        assertThatCode(() -> PublishedApiDocument.assertCompatible("s", PUBLISHED, served)).doesNotThrowAnyException();
    }

    @Test
    void removingAnOperationOrRequiringAParameterIsNamed() {
        String served = PUBLISHED.replace("""
                  /api/v1/others:
                    get:
                      responses:
                        "200": {description: OK}
                """, "").replace("name: q, required: false", "name: q, required: true");

        assertThatThrownBy(() -> PublishedApiDocument.assertCompatible("s", PUBLISHED, served))
                .hasMessageContaining("GET /api/v1/others: removed")
                .hasMessageContaining("GET /api/v1/things: parameters");
    }
}
