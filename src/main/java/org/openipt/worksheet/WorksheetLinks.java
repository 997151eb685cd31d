package org.openipt.worksheet;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionId;
import org.openipt.formulation.FocalAreaId;
import org.openipt.inventory.RelationshipId;

/** What a worksheet may point to, all of the same course: a session, a person of the inventory, a focal area. */
public record WorksheetLinks(@Nullable SessionId session, @Nullable RelationshipId relationship,
        @Nullable FocalAreaId focalArea) {

    public static final WorksheetLinks NONE = new WorksheetLinks(null, null, null);
}
