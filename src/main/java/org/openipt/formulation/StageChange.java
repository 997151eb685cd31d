package org.openipt.formulation;

import java.time.LocalDate;

/** One step of a role dispute's stage history: the stage it entered and the day. */
public record StageChange(DisputeStage stage, LocalDate on) {
}
