package org.openipt.worksheet;

import java.util.List;

import org.openipt.course.SessionView;
import org.openipt.formulation.FocalArea;
import org.openipt.inventory.Relationship;

/** What a worksheet of this course may be linked to; {@code wording} is the course format's ("lay" or "clinical"). */
public record WorksheetChoices(List<SessionView> sessions, List<Relationship> relationships,
        List<FocalArea> focalAreas, String wording) {

    public WorksheetChoices {
        sessions = List.copyOf(sessions);
        relationships = List.copyOf(relationships);
        focalAreas = List.copyOf(focalAreas);
    }
}
