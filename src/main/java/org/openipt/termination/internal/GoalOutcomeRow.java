package org.openipt.termination.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

@Table("termination_goal_outcome")
record GoalOutcomeRow(UUID goalId, String outcome) {
}
