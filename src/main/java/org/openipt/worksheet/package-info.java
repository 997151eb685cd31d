/**
 * The worksheets of the middle phase: communication analysis of an interpersonal incident, decision analysis,
 * role play, and optional work-at-home tasks. Each worksheet belongs to a course and may name a session of it, a
 * person of its inventory and one of its focal areas. The rules are plain Java
 * ({@link org.openipt.worksheet.WorksheetRules}); access, audit and storage go through
 * {@link org.openipt.worksheet.WorksheetService}.
 */
@NullMarked
package org.openipt.worksheet;

import org.jspecify.annotations.NullMarked;
