package org.openipt.formulation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.DisputeStage;
import org.springframework.format.annotation.DateTimeFormat;

/** A role dispute's move to another stage: which stage, from which day (today when empty), the version seen. */
public class DisputeStageForm {

    private @Nullable DisputeStage stage;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate stageOn;

    private long version;

    public @Nullable DisputeStage getStage() { return stage; }
    public void setStage(@Nullable DisputeStage stage) { this.stage = stage; }
    public @Nullable LocalDate getStageOn() { return stageOn; }
    public void setStageOn(@Nullable LocalDate stageOn) { this.stageOn = stageOn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
