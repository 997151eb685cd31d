/**
 * The assessment and the case formulation of an IPT course: diagnosis, psychoeducation, the sick role, the
 * medication evaluation and list; the one or two focal problem areas with their details, the plain-language
 * formulation and the client's acceptance of it, and the goals of each focal area. The rules are plain Java
 * ({@link org.openipt.formulation.FormulationRules}); the checklist of the middle phase asks for them through
 * {@link org.openipt.course.PhaseRequirement} beans.
 */
@NullMarked
package org.openipt.formulation;

import org.jspecify.annotations.NullMarked;
