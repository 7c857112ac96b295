package org.roadmap.commitments.spreadsheet.web;

import org.roadmap.platform.security.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.roadmap.commitments.spreadsheet.ProgressSheetExport;
import org.roadmap.commitments.spreadsheet.ProgressSheetImport;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A road map's progress as a spreadsheet to download, edit and upload again, in one CSV format:
 * {@code reference,commitmentId,title,country,organisation,level,health,summary,evidence,reportedAt}.
 */
@RestController
@RequestMapping("/api/v1/road-maps/{roadMapId}/progress.csv")
class ProgressSheetController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final ProgressSheetExport sheetExport;
    private final ProgressSheetImport sheetImport;

    ProgressSheetController(ProgressSheetExport sheetExport, ProgressSheetImport sheetImport) {
        this.sheetExport = sheetExport;
        this.sheetImport = sheetImport;
    }

    /** One row per commitment and side with the side's current assessment, as an attachment. */
    @GetMapping(produces = "text/csv")
    ResponseEntity<byte[]> download(@PathVariable String roadMapId, Caller caller) {
        byte[] sheet = sheetExport.export(roadMapId, caller.seesRestricted());
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(roadMapId + "-progress.csv").build().toString())
                .body(sheet);
    }

    /**
     * Imports the sheet as downloaded and edited (UTF-8, at most 5 MB and
     * {@value ProgressSheetImport#MAX_ROWS} rows): rows without a level are skipped, rows that
     * match the side's assessment change nothing, the others become progress reports. Uploading
     * the same file again adds nothing. Any bad cell refuses the whole file with a 400 naming it,
     * e.g. {@code row 7 level}. An editor's sheet may report only for its organisation's commitments
     * and its own side; other changed rows refuse the whole file with a 403 naming them.
     */
    @PostMapping(consumes = "text/csv")
    ProgressSheetImport.SheetImported upload(@PathVariable String roadMapId,
            @RequestBody(required = false) InputStreamResource sheet, Caller caller) throws IOException {
        // no larger than roadmap.web.max-request-size: a larger sheet is a 413 before it is read
        try (InputStream in = sheet == null ? InputStream.nullInputStream() : sheet.getInputStream()) {
            return sheetImport.importSheet(roadMapId, in.readAllBytes(), caller);
        }
    }
}
