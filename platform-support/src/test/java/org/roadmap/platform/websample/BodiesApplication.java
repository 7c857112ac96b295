package org.roadmap.platform.websample;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal servlet service that reads request bodies as JSON and as raw bytes, as the real services do. */
@SpringBootApplication
public class BodiesApplication {

    @RestController
    static class Endpoints {

        @PostMapping(path = "/api/v1/documents", consumes = "application/json")
        Map<String, Object> json(@RequestBody Map<String, Object> document) {
            return Map.of("fields", document.size());
        }

        @PostMapping(path = "/api/v1/sheets", consumes = "text/csv")
        Map<String, Object> bytes(@RequestBody byte[] sheet) {
            return Map.of("bytes", sheet.length);
        }
    }
}
