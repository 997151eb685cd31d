package org.openipt.caseload;

import java.util.UUID;

import org.openipt.shared.Identifier;

public record ConsentDocumentId(UUID value) implements Identifier {

    @Override
    public String toString() {
        return value.toString();
    }
}
