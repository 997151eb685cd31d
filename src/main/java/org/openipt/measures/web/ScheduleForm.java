package org.openipt.measures.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.MeasureSchedule;
import org.openipt.measures.Milestone;
import org.openipt.measures.ScheduleRule;
import org.openipt.measures.ScheduledInstrument;
import org.openipt.shared.web.Choices;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A measurement schedule as a form: one row per instrument that can be scheduled. */
public class ScheduleForm {

    private @Valid List<Row> rows = new ArrayList<>();
    private long version;

    /** One instrument: whether it is taken, its session rule, its n and its milestones. */
    public static class Row {
        private String instrumentId = "";
        private boolean included;
        private ScheduleRule rule = ScheduleRule.EVERY_SESSION;
        @Min(value = 2, message = "{schedule.every.invalid}")
        @Max(value = MeasureSchedule.MOST_SESSIONS_APART, message = "{schedule.every.invalid}")
        private @Nullable Integer every = 4;
        private Set<Milestone> milestones = new LinkedHashSet<>();

        public String getInstrumentId() { return instrumentId; }
        public void setInstrumentId(String instrumentId) { this.instrumentId = instrumentId; }
        public boolean isIncluded() { return included; }
        public void setIncluded(boolean included) { this.included = included; }
        public ScheduleRule getRule() { return rule; }
        public void setRule(@Nullable ScheduleRule rule) { this.rule = rule == null ? ScheduleRule.EVERY_SESSION : rule; }
        public @Nullable Integer getEvery() { return every; }
        public void setEvery(@Nullable Integer every) { this.every = every; }
        public Set<Milestone> getMilestones() { return milestones; }
        public void setMilestones(@Nullable Set<Milestone> milestones) {
            this.milestones = Choices.of(milestones);
        }
    }

    static ScheduleForm of(MeasureSchedule schedule, long version, List<InstrumentDefinition> instruments) {
        ScheduleForm form = new ScheduleForm();
        form.setVersion(version);
        for (InstrumentDefinition instrument : instruments) {
            Row row = new Row();
            row.setInstrumentId(instrument.id());
            schedule.instrument(instrument.id()).ifPresent(entry -> {
                row.setIncluded(true);
                row.setRule(entry.rule());
                row.setEvery(entry.rule() == ScheduleRule.EVERY_N_SESSIONS ? entry.every() : 4);
                row.setMilestones(new LinkedHashSet<>(entry.orderedMilestones()));
            });
            form.rows.add(row);
        }
        return form;
    }

    /** The schedule the form describes (rows not ticked are left out; an n is only read for "every n sessions"). */
    MeasureSchedule schedule() {
        List<ScheduledInstrument> entries = new ArrayList<>();
        for (Row row : rows) {
            if (row.isIncluded()) {
                Integer every = row.getEvery();
                entries.add(new ScheduledInstrument(row.getInstrumentId(), row.getRule(), every == null ? 0 : every,
                        row.getMilestones().isEmpty() ? Set.of() : EnumSet.copyOf(row.getMilestones())));
            }
        }
        return new MeasureSchedule(entries);
    }

    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
