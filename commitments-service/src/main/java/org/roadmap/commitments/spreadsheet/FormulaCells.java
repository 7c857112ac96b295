package org.roadmap.commitments.spreadsheet;

import java.util.regex.Pattern;

/**
 * Keeps typed text from running as a formula when a sheet is opened in a spreadsheet program
 * (OWASP "CSV injection"): a cell that starts with {@code = + - @}, a tab or a carriage return is
 * written behind a {@code '}, which those programs read as "text follows" and do not show. Reading
 * takes one {@code '} off again, so a sheet downloaded and uploaded unchanged reports the same text.
 * Cells that already start with {@code '} before such a character get one more, so that text the
 * user typed that way survives the round trip too.
 */
final class FormulaCells {

    private static final Pattern ESCAPED_OR_FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r]", Pattern.DOTALL);
    private static final Pattern ESCAPED = Pattern.compile("^'+[=+\\-@\\t\\r]", Pattern.DOTALL);

    private FormulaCells() {
    }

    static String escape(String cell) {
        return cell != null && ESCAPED_OR_FORMULA.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    static String unescape(String cell) {
        return cell != null && ESCAPED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
    }
}
