package org.roadmap.commitments.report.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.roadmap.commitments.report.AnnualReport;
import org.roadmap.platform.security.Caller;
import org.roadmap.commitments.report.AnnualReports;
import org.roadmap.commitments.report.ReportLanguage;
import org.roadmap.commitments.roadmap.RoadMap;
import org.roadmap.commitments.roadmap.RoadMapCatalogue;
import org.roadmap.platform.web.InputErrors;
import org.roadmap.platform.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working group's annual report on a road map: JSON by default, an HTML document for
 * {@code Accept: text/html}, and {@code format=html|json} for a link that must open as one or the
 * other whatever the browser sends.
 */
@RestController
@RequestMapping("/api/v1/road-maps/{roadMapId}/reports/annual")
class AnnualReportController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final RoadMapCatalogue catalogue;
    private final AnnualReports reports;
    private final ReportPage page;

    AnnualReportController(RoadMapCatalogue catalogue, AnnualReports reports, ReportPage page) {
        this.catalogue = catalogue;
        this.reports = reports;
        this.page = page;
    }

    /** The report of {@code year} (a calendar year in the deadline zone) in {@code lang}: en (default), es or ja. */
    @GetMapping
    ResponseEntity<AnnualReport> json(@PathVariable String roadMapId,
            @Parameter(required = true, description = "A calendar year from the road map's signature to this one")
            @RequestParam(required = false) String year,
            @Parameter(schema = @Schema(allowableValues = {"en", "es", "ja"})) @RequestParam(required = false) String lang, Caller caller) {
        return asJson(report(roadMapId, year, lang, caller));
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable String roadMapId,
            @Parameter(required = true, description = "A calendar year from the road map's signature to this one")
            @RequestParam(required = false) String year,
            @Parameter(schema = @Schema(allowableValues = {"en", "es", "ja"})) @RequestParam(required = false) String lang, Caller caller) {
        return asHtml(report(roadMapId, year, lang, caller));
    }

    /** An explicit {@code format} wins over {@code Accept}: mappings with parameters rank before produces. */
    @GetMapping(params = "format")
    @ApiResponse(responseCode = "200", description = "The report in the format asked for", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = AnnualReport.class)),
            @Content(mediaType = "text/html", schema = @Schema(type = "string"))})
    ResponseEntity<?> inFormat(@PathVariable String roadMapId,
            @Parameter(required = true, description = "A calendar year from the road map's signature to this one")
            @RequestParam(required = false) String year,
            @Parameter(schema = @Schema(allowableValues = {"en", "es", "ja"})) @RequestParam(required = false) String lang,
            // without it the report comes as Accept asks (the handlers above), so the operation does not require it
            @Parameter(required = false, schema = @Schema(allowableValues = {"json", "html"})) @RequestParam String format,
            Caller caller) {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        InputErrors errors = new InputErrors();
        if (!chosen.equals("html") && !chosen.equals("json")) {
            errors.add("format", "must be html or json");
        }
        AnnualReport report = report(roadMapId, year, lang, caller, errors);
        return chosen.equals("html") ? asHtml(report) : asJson(report);
    }

    private AnnualReport report(String roadMapId, String year, String lang, Caller caller) {
        return report(roadMapId, year, lang, caller, new InputErrors());
    }

    /** @param errors what is already wrong with the request; the problem names it together with year and lang */
    private AnnualReport report(String roadMapId, String year, String lang, Caller caller, InputErrors errors) {
        ReportLanguage language = lang == null || lang.isBlank() ? ReportLanguage.EN : errors.check(() -> ReportLanguage
                .ofTag(lang).orElseThrow(() -> new InvalidInputException("lang", "must be one of " + ReportLanguage.tags())));
        RoadMap roadMap = catalogue.get(roadMapId);
        AnnualReports.Years years = reports.years(roadMap);
        Integer chosen = errors.check(() -> year(year, years));
        errors.throwIfAny();
        return reports.of(roadMap, chosen, language, caller.seesRestricted());
    }

    private static int year(String year, AnnualReports.Years years) {
        String range = "must be a year from " + years.first() + " (the road map's first) to " + years.last()
                + " (the current one)";
        if (year == null || year.isBlank()) {
            throw new InvalidInputException("year", "is required; it " + range);
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (!years.contains(value)) {
                throw new InvalidInputException("year", range);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", range);
        }
    }

    private static ResponseEntity<AnnualReport> asJson(AnnualReport report) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).headers(negotiated(report))
                .body(report);
    }

    private ResponseEntity<String> asHtml(AnnualReport report) {
        return ResponseEntity.ok().contentType(HTML).headers(negotiated(report)).body(page.render(report));
    }

    /** The same URL answers in two formats and several languages: caches must keep them apart. */
    private static HttpHeaders negotiated(AnnualReport report) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        headers.add(HttpHeaders.CONTENT_LANGUAGE, report.lang());
        return headers;
    }
}
