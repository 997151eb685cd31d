package org.openipt.audit.web;

import org.jspecify.annotations.Nullable;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; and a cell a spreadsheet would read
 * as a formula (starting with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, so that
 * opening the export never runs what someone typed into a name.
 */
final class Csv {

    private Csv() {
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
