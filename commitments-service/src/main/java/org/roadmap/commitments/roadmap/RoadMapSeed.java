package org.roadmap.commitments.roadmap;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.roadmap.commitments.config.CommitmentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the road maps shipped with the service ({@code roadmaps/*.annotations.yml} and their
 * texts) on start. Importing is idempotent, so this costs a lookup once they are in.
 */
@Component
class RoadMapSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoadMapSeed.class);

    private final RoadMapImport roadMapImport;
    private final CommitmentsProperties properties;

    RoadMapSeed(RoadMapImport roadMapImport, CommitmentsProperties properties) {
        this.roadMapImport = roadMapImport;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seed()) {
            return;
        }
        for (Resource annotations : shipped()) {
            RoadMapImport.Imported imported = roadMapImport.importShipped("roadmaps/" + annotations.getFilename(), "seed");
            if (imported.created()) {
                log.info("Loaded road map {} with {} commitments", imported.roadMap().id(),
                        imported.roadMap().commitments());
            }
        }
    }

    private static Resource[] shipped() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:roadmaps/*.annotations.yml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
