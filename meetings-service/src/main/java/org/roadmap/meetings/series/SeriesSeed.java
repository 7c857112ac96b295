package org.roadmap.meetings.series;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.roadmap.meetings.config.MeetingsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the meeting series shipped with the service ({@code series/*.series.yml}) on start. A series
 * that exists already is left as it is, so this costs one lookup per series once they are in.
 */
@Component
class SeriesSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeriesSeed.class);

    private final MeetingSeriesManagement management;
    private final MeetingsProperties properties;

    SeriesSeed(MeetingSeriesManagement management, MeetingsProperties properties) {
        this.management = management;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seed()) {
            return;
        }
        int created = 0;
        for (Resource resource : shipped()) {
            for (NewSeries series : read(resource, properties.roadMapEnd())) {
                if (management.find(series.id()).isPresent()) {
                    continue;
                }
                try {
                    management.create(series, "seed", null);
                    created++;
                } catch (DuplicateKeyException anotherReplicaWasFaster) {
                    // the series is there, which is all the seed wants
                }
            }
        }
        if (created > 0) {
            log.info("Loaded {} meeting series", created);
        }
    }

    /** The series of one seed file. */
    @SuppressWarnings("unchecked")
    static List<NewSeries> read(Resource resource, LocalDate roadMapEnd) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            String roadMapId = (String) file.get("roadMapId");
            LocalDate periodsFrom = LocalDate.parse((String) file.get("periodsFrom"));
            List<NewSeries> series = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) file.get("series")) {
                Map<String, Object> venue = (Map<String, Object>) s.get("venue");
                List<Venue> venues = ((List<Map<String, Object>>) venue.getOrDefault("venues", List.of())).stream()
                        .map(v -> new Venue((String) v.get("city"), (String) v.get("country"), (String) v.get("timeZone")))
                        .toList();
                String cadence = (String) s.get("cadence");
                series.add(new NewSeries((String) s.get("id"), roadMapId, (String) s.get("title"),
                        (String) s.get("organiser"), (String) s.get("description"), (List<String>) s.get("commitments"),
                        (String) s.get("timeZone"), null, null, null, new VenueRule((String) venue.get("rule"), venues),
                        new CadenceRule(cadence, CadenceRule.PERIODIC.equals(cadence) ? null : periodsFrom,
                                roadMapEnd)));
            }
            return series;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource[] shipped() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:series/*.series.yml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
