package org.openipt.measures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which instruments a course takes, and when: one entry per instrument, in the library's order. */
public record MeasureSchedule(List<ScheduledInstrument> instruments) {

    /** The largest n of "every n sessions". */
    public static final int MOST_SESSIONS_APART = 52;

    public MeasureSchedule {
        instruments = instruments.stream()
                .sorted(java.util.Comparator.comparingInt(i -> InstrumentLibrary.STANDARD_IDS.indexOf(i.instrumentId())))
                .toList();
    }

    public static MeasureSchedule empty() {
        return new MeasureSchedule(List.of());
    }

    public Optional<ScheduledInstrument> instrument(String instrumentId) {
        return instruments.stream().filter(i -> i.instrumentId().equals(instrumentId)).findFirst();
    }

    /** What is wrong with the schedule, as message keys: unknown or unusable instruments, twice the same, bad n. */
    public List<String> problems(InstrumentLibrary library) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScheduledInstrument entry : instruments) {
            Optional<InstrumentDefinition> instrument = library.find(entry.instrumentId());
            if (instrument.isEmpty()) {
                problems.add("schedule.instrument.unknown");
            }
            else if (!MeasuresRules.administrable(instrument.get())) {
                problems.add("schedule.instrument.notAdministrable");
            }
            if (!seen.add(entry.instrumentId())) {
                problems.add("schedule.instrument.twice");
            }
            problems.addAll(entry.problems());
        }
        return problems.stream().distinct().toList();
    }
}
