/**
 * The IPT course engine: the treatment contract, the phases and their guards, sessions, "session k of N",
 * extensions and exits. The rules are plain Java ({@link org.openipt.course.PhaseRules},
 * {@link org.openipt.course.ContractRules}); other modules add guards by contributing {@link org.openipt.course.PhaseRequirement} beans.
 */
@NullMarked
package org.openipt.course;

import org.jspecify.annotations.NullMarked;
