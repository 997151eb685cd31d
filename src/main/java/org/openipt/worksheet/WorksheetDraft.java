package org.openipt.worksheet;

/** A worksheet as it is written or changed: its short title, its links and its content. */
public record WorksheetDraft(String title, WorksheetLinks links, WorksheetContent content) {

    public WorksheetType type() {
        return content.type();
    }
}
