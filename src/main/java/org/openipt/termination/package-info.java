/**
 * The end of an IPT course: the termination review (goals reviewed, the outcome of the focal area, the client's own
 * account, feelings about ending and the decision on what follows) and the relapse-prevention plan. A course
 * completes only with a recorded review ({@link org.openipt.course.PhaseRequirement}); when the decision is
 * maintenance, a linked maintenance course starts in one step. The rules are plain Java
 * ({@link org.openipt.termination.TerminationRules}).
 */
@NullMarked
package org.openipt.termination;

import org.jspecify.annotations.NullMarked;
