package org.openipt.formulation;

/**
 * What a focal problem area says, one case per problem area: who died and when for grief; with whom, about what and
 * at which stage for a role dispute; the old and new role for a role transition; the pattern of isolation for
 * interpersonal deficits. A focal area keeps exactly the detail of its own area.
 */
public sealed interface FocalAreaDetail permits GriefDetail, DisputeDetail, TransitionDetail, DeficitsDetail {

    ProblemArea area();
}
