package org.openipt.course.internal;

import org.openipt.course.Technique;
import org.springframework.data.relational.core.mapping.Table;

/** One technique noted as used in a session. */
@Table("course_session_technique")
record SessionTechniqueRow(Technique technique) {
}
