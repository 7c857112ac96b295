package org.roadmap.commitments.roadmap;

/** A text that is not a road map document this importer understands; names the line at fault. */
public class RoadMapDocumentException extends RuntimeException {

    private final int line;

    RoadMapDocumentException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** 1-based line number, or 0 when the problem concerns the whole document. */
    public int line() {
        return line;
    }
}
