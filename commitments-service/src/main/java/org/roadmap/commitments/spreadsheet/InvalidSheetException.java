package org.roadmap.commitments.spreadsheet;

import java.util.List;

/** An uploaded sheet that cannot be imported; nothing of it has been applied. */
public class InvalidSheetException extends RuntimeException {

    private final List<SheetError> errors;
    private final boolean truncated;

    InvalidSheetException(List<SheetError> errors, boolean truncated) {
        super(errors.size() + (truncated ? " or more" : "") + " problem(s) in the sheet; nothing was imported.");
        this.errors = List.copyOf(errors);
        this.truncated = truncated;
    }

    InvalidSheetException(SheetError error) {
        this(List.of(error), false);
    }

    public List<SheetError> errors() {
        return errors;
    }

    /** Checking stopped after a number of problems; fixing these may reveal more. */
    public boolean truncated() {
        return truncated;
    }
}
