package org.roadmap.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.roadmap.events.EventJson;

/** The contract check refuses what a document does not admit, and only that. */
class ApiContractTests {

    private final ApiContract contract = ApiContract.of(EventJson.tree("""
            {"openapi": "3.1.0", "paths": {"/api/v1/things/{id}": {"get": {"operationId": "thingGet", "responses": {
              "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
              "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
              "/api/v1/things": {"post": {"operationId": "thingCreate", "requestBody": {"content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}, "responses": {
              "201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id"], "properties": {
               "id": {"type": "string"}, "note": {"type": ["string", "null"]}, "size": {"type": "integer"}}}}}}"""));

    @Test
    void admitsWhatTheDocumentSays() {
        assertThatCode(() -> contract.check("GET", "/api/v1/things/a", 200, "application/json",
                "{\"id\": \"a\", \"note\": null, \"size\": 3}")).doesNotThrowAnyException();
        assertThatCode(() -> contract.check("GET", "/api/v1/things/a", 404, "application/problem+json", "{}"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnUndocumentedStatusMediaTypeOrNull() {
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/things/a", 409, "application/problem+json", "{}"))
                .hasMessageContaining("GET /api/v1/things/{id} answered 409");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/things/a", 200, "text/plain", "a"))
                .hasMessageContaining("as text/plain");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/things/a", 200, "application/json",
                "{\"id\": \"a\", \"size\": null}")).hasMessageContaining("/size");
        assertThatThrownBy(() -> contract.check("POST", "/api/v1/things/a", 201, "application/json", "{}"))
                .hasMessageContaining("no such operation");
    }

    @Test
    void holdsETagAndLocationToWhereTheDocumentListsThem() {
        assertThatCode(() -> contract.checkHeaders("GET", "/api/v1/things/a", 200, java.util.Set.of("content-type")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.checkHeaders("GET", "/api/v1/things/a", 200, java.util.Set.of("etag")))
                .hasMessageContaining("with ETag, which its API document does not list");
        assertThatThrownBy(() -> contract.checkHeaders("POST", "/api/v1/things", 201, java.util.Set.of("location")))
                .hasMessageContaining("with Location");
    }

    @Test
    void namesTheOperationARequestCalls() {
        assertThat(contract.operationId("GET", "/api/v1/things/a")).hasValue("thingGet");
        assertThat(contract.operationId("POST", "/api/v1/things")).hasValue("thingCreate");
        assertThat(contract.operationId("DELETE", "/api/v1/things/a")).isEmpty();
    }

    @Test
    void refusesARequestBodyOrMediaTypeTheDocumentDoesNotAdmit() {
        assertThatCode(() -> contract.checkRequest("POST", "/api/v1/things", "application/json", "{\"id\": \"a\"}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.checkRequest("POST", "/api/v1/things", "application/json", "{\"size\": 3}"))
                .hasMessageContaining("POST /api/v1/things was sent a body").hasMessageContaining("id");
        assertThatThrownBy(() -> contract.checkRequest("POST", "/api/v1/things", "text/plain", "a"))
                .hasMessageContaining("as text/plain");
    }
}
