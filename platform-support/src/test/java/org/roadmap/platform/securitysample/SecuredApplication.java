package org.roadmap.platform.securitysample;

import java.util.Map;

import org.roadmap.platform.security.Caller;
import org.roadmap.platform.security.NotAllowedException;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A minimal servlet service with the platform's sign-in, as the real services have it. */
@SpringBootApplication
public class SecuredApplication {

    @RestController
    static class Endpoints {

        @GetMapping("/api/v1/caller")
        Caller caller(Caller caller) {
            return caller;
        }

        @GetMapping("/api/v1/caller/actor")
        Map<String, Object> actor(Caller caller) {
            return Map.of("actor", caller.actor(), "mayWrite", caller.mayWrite(), "seesRestricted",
                    caller.seesRestricted());
        }

        @PostMapping("/api/v1/things")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> create(Caller caller) {
            return Map.of("by", caller.actor());
        }

        @PostMapping("/api/v1/mine/things")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> createMine(Caller caller) {
            return Map.of("by", caller.actor());
        }

        @GetMapping("/api/v1/refused")
        void refused() {
            throw new NotAllowedException("Only the working group may do this.");
        }

        @GetMapping("/api/v1/feeds/clearance")
        Map<String, Object> clearance(Caller caller) {
            return Map.of("seesRestricted", caller.seesRestricted());
        }

        @GetMapping(path = "/api/v1/feeds/all.ics", produces = "text/plain")
        String feed(Caller caller) {
            return "feed for " + caller.actor();
        }
    }
}
