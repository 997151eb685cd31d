package org.openipt.measures;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The measurement schedule each built-in format starts with, before an administrator changes it. From the
 * reference, §5.11: NHS Talking Therapies take PHQ-9 and GAD-7 at every session; the IPT Institute takes PHQ-9 and
 * GAD-7 every 4 sessions; group IPT with lay counsellors takes PHQ-9 at screening / pre-group, an optional midline
 * and the endline; and every format measures at baseline, the end of the initial phase, the end of treatment and
 * follow-ups (3 and 6 months). So:
 * <table>
 * <caption>Default schedules</caption>
 * <tr><th>Format</th><th>Schedule</th></tr>
 * <tr><td>individual IPT, IPT-A, IPT-PTSD, perinatal IPT</td><td>PHQ-9 every session, GAD-7 every 4 sessions, both at
 * every milestone</td></tr>
 * <tr><td>brief IPT, IPC</td><td>PHQ-9 every session, every milestone</td></tr>
 * <tr><td>group IPT (lay counsellors)</td><td>PHQ-9 at baseline, end of treatment and the follow-ups only (the midline
 * is optional, so it is left for the organisation to add)</td></tr>
 * <tr><td>maintenance IPT</td><td>PHQ-9 every 4 sessions, every milestone</td></tr>
 * <tr><td>a format the organisation added</td><td>nothing: its administrator sets it</td></tr>
 * </table>
 * Only instruments the library can administer are scheduled: HAM-D is left to the clinician, EPDS and WSAS are not
 * scheduled because their wording has to be supplied by the organisation first.
 */
public final class DefaultSchedules {

    private static final Set<Milestone> ALL = EnumSet.allOf(Milestone.class);

    private DefaultSchedules() {
    }

    /** The default schedule of the format with this code. */
    public static MeasureSchedule forFormat(String protocolCode) {
        return switch (protocolCode) {
            case "INDIVIDUAL_IPT", "IPT_A", "IPT_PTSD", "PERINATAL_IPT" -> new MeasureSchedule(List.of(
                    ScheduledInstrument.everySession("phq-9", ALL), ScheduledInstrument.everyN("gad-7", 4, ALL)));
            case "BRIEF_IPT", "IPC" -> new MeasureSchedule(List.of(ScheduledInstrument.everySession("phq-9", ALL)));
            case "GROUP_IPT_WHO" -> new MeasureSchedule(List.of(ScheduledInstrument.atMilestones("phq-9",
                    EnumSet.of(Milestone.BASELINE, Milestone.END_OF_TREATMENT, Milestone.FOLLOW_UP_3_MONTHS,
                            Milestone.FOLLOW_UP_6_MONTHS))));
            case "MAINTENANCE_IPT" -> new MeasureSchedule(List.of(ScheduledInstrument.everyN("phq-9", 4, ALL)));
            default -> MeasureSchedule.empty();
        };
    }
}
