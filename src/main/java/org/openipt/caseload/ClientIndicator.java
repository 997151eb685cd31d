package org.openipt.caseload;

import java.util.List;

/**
 * A quiet note on a client's caseload line that another module adds (measures: "2 questionnaires due, 1
 * overdue"): a message key with its arguments and the path it links to. Unlike a {@link CaseloadAlert} it is not
 * shown in the alert panel: risk stays the first and loudest thing on the caseload.
 */
public record ClientIndicator(String messageKey, List<Object> arguments, String path) {

    public ClientIndicator {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
