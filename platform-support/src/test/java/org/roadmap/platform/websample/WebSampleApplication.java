package org.roadmap.platform.websample;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal servlet service that reads query parameters and request bodies (JSON and raw bytes) as
 * the real services do.
 */
@SpringBootApplication
public class WebSampleApplication {

    @RestController
    static class Endpoints {

        @GetMapping("/api/v1/documents")
        Map<String, Object> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean overdue) {
            return Map.of("q", String.valueOf(q), "overdue", overdue);
        }

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
