package org.openipt.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.Attendance;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionParticipants;
import org.openipt.course.SessionService;
import org.openipt.formulation.DisputeDetail;
import org.openipt.formulation.FocalAreaDetail;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.GriefDetail;
import org.openipt.formulation.StageChange;
import org.openipt.formulation.TransitionDetail;
import org.openipt.groups.internal.GroupStore;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasuresService;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.TimelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individual pre-group session: recorded once per member by a facilitator, into the member's own course — the
 * session itself (the first of "session k of N"), the questionnaire (a risk answer opens the risk event at once),
 * the current episode on the timeline from its onset with what was happening then as an event linked to it, the people who matter in the inventory (the small closeness
 * circle), the problem area as the course's focal area and the member's goal under it. All of it or nothing.
 */
@Service
@Transactional
public class PreGroupService {

    private final GroupService groups;
    private final GroupStore store;
    private final CaseloadService caseload;
    private final SessionService sessions;
    private final MeasuresService measures;
    private final TimelineService timelines;
    private final InventoryService inventory;
    private final FormulationService formulations;
    private final AuditTrail audit;
    private final Clock clock;

    PreGroupService(GroupService groups, GroupStore store, CaseloadService caseload, SessionService sessions,
            MeasuresService measures, TimelineService timelines, InventoryService inventory,
            FormulationService formulations, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.store = store;
        this.caseload = caseload;
        this.sessions = sessions;
        this.measures = measures;
        this.timelines = timelines;
        this.inventory = inventory;
        this.formulations = formulations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member whose pre-group session is to be recorded, with their name, for the form. */
    public PreGroupSheet sheet(CurrentUser user, GroupId groupId, GroupMemberId memberId) {
        Group group = groups.runnable(user, groupId);
        GroupMember member = groups.activeMember(groupId, memberId);
        return new PreGroupSheet(group, member, caseload.client(user, member.clientId()).displayName(),
                measures.instrument(group.settings().checkInInstrument()));
    }

    public void record(CurrentUser user, GroupId groupId, GroupMemberId memberId, PreGroupEntry entry) {
        Group group = groups.runnable(user, groupId);
        GroupMember member = groups.activeMember(groupId, memberId);
        if (member.preGroupDone()) {
            throw new RuleViolation("preGroup.alreadyRecorded");
        }
        LocalDate today = LocalDate.now(clock.withZone(user.timeZone()));
        entry = new PreGroupEntry(entry.heldAt(), entry.mode(), entry.answers(), entry.onset(), entry.severity(),
                entry.whatWasHappening(), entry.area(), entry.disputeStage(), entry.people().stream()
                        .map(p -> new PreGroupEntry.KeyPerson(java.util.Objects.requireNonNullElse(Text.clean(p.name()),
                                ""), p.role(), p.ring())).toList(), entry.goal());
        RuleViolation.throwIfAny(PreGroupRules.problemsWith(entry, today));
        SessionId session = sessions.recordSession(user, member.courseId(), new SessionEntry(entry.heldAt(),
                entry.mode(), Attendance.ATTENDED, Text.clean(entry.whatWasHappening()), null, null,
                SessionParticipants.CLIENT, null, null, Set.of(), entry.onset() != null, false));
        if (!entry.answers().isEmpty()) {
            measures.administer(user, member.courseId(), UUID.nameUUIDFromBytes(("pre-group:" + member.id())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), new Administration(
                            group.settings().checkInInstrument(), entry.answers(), session));
        }
        if (entry.onset() != null && entry.severity() != null) {
            ApproximateDate onset = ApproximateDate.month(entry.onset().getYear(), entry.onset().getMonthValue());
            timelines.addEpisode(user, member.courseId(), new MoodEpisodeEntry(onset, null, entry.severity(), true));
            String happening = Text.clean(entry.whatWasHappening());
            if (happening != null && entry.area() != null) {
                timelines.addEvent(user, member.courseId(), new LifeEventEntry(onset, eventTypeOf(entry.area()),
                        org.openipt.shared.svg.Svg.shorten(happening, LifeEventEntry.DESCRIPTION_LENGTH), List.of(),
                        true, session));
            }
        }
        entry.people().forEach(person -> inventory.add(user, member.courseId(), RelationshipFields.of(
                person.name(), person.role(), person.ring())));
        FocalAreaId area = formulations.addFocalArea(user, member.courseId(), new FocalAreaEntry(detailOf(entry,
                entry.heldAt().toLocalDate())));
        String goal = Text.clean(entry.goal());
        if (goal != null) {
            formulations.addGoal(user, member.courseId(), area, goal);
        }
        if (!store.markPreGroup(member.id(), entry.heldAt().toLocalDate())) {
            throw new RuleViolation("preGroup.alreadyRecorded");
        }
        audit.record(user, member.clientId(), AuditAction.UPDATE, GroupService.GROUP, groupId,
                AuditEntry.detail("history.preGroupRecorded"));
    }

    /** The kind of life event the problem area suggests for what was happening when the low mood began. */
    private static LifeEventType eventTypeOf(org.openipt.formulation.ProblemArea area) {
        return switch (area) {
            case GRIEF -> LifeEventType.LOSS;
            case ROLE_DISPUTE -> LifeEventType.CONFLICT;
            case ROLE_TRANSITION, INTERPERSONAL_DEFICITS -> LifeEventType.OTHER;
        };
    }

    private static FocalAreaDetail detailOf(PreGroupEntry entry, LocalDate on) {
        return switch (java.util.Objects.requireNonNull(entry.area())) {
            case GRIEF -> GriefDetail.NONE;
            case ROLE_DISPUTE -> new DisputeDetail(null, null, null, null, java.util.List.of(new StageChange(
                    java.util.Objects.requireNonNull(entry.disputeStage()), on)));
            case ROLE_TRANSITION -> TransitionDetail.NONE;
            case INTERPERSONAL_DEFICITS -> org.openipt.formulation.DeficitsDetail.NONE;
        };
    }
}
