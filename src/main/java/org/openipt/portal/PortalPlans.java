package org.openipt.portal;

import org.jspecify.annotations.Nullable;
import org.openipt.safety.SafetyPlan;
import org.openipt.termination.RelapsePlan;

/**
 * The plans a client keeps: the safety plan written with their clinician and the plan for staying well made at the
 * end of a course; each the newest of their courses that has one, so they stay after a course ends.
 */
public record PortalPlans(@Nullable SafetyPlan safetyPlan, @Nullable RelapsePlan stayingWell) {

    public static final PortalPlans NONE = new PortalPlans(null, null);
}
