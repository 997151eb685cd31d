package org.openipt.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupService;
import org.openipt.groups.GroupSessionEntry;
import org.openipt.groups.GroupSessionId;
import org.openipt.groups.GroupSessionService;
import org.openipt.groups.GroupSettings;
import org.openipt.groups.MeetingMode;
import org.openipt.groups.MemberCheckIn;
import org.openipt.groups.NewMember;
import org.openipt.groups.Sex;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-off: a counsellor submits a session, the supervisor sends it back with a comment, the counsellor sees it and
 * submits again, the supervisor signs and the record is locked (a later change is an addendum); signing a group
 * session locks the sessions it wrote into the members' courses; nobody else sees a review. Lay counsellors need
 * sign-off by default, and an administrator can change it.
 */
@DatabaseTest
class ReviewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewService reviews;
    @Autowired
    SessionService sessions;
    @Autowired
    Clock clock;

    Pages pages;
    Fixtures.Organisation org;

    @BeforeEach
    void organisation() {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
    }

    @Test
    void aSessionGoesBackWithACommentIsSubmittedAgainAndOnceSignedChangesOnlyByAddenda() throws Exception {
        MockHttpSession counsellor = pages.signIn(org.email("clinician"));
        MockHttpSession supervisor = pages.signIn(org.email("supervisor"));
        String sessionPath = "/courses/" + org.course() + "/sessions/" + org.session();
        assertThat(pages.send(counsellor, "/reviews/sessions", "courseId", org.course().toString(), "sessionId",
                org.session().toString()).getRedirectedUrl()).isEqualTo(sessionPath);
        assertThat(pages.page(supervisor, "/reviews")).contains(pages.text("review.kind.SESSION", "Fixture Client"))
                .contains(pages.text("review.state.SUBMITTED"));
        Review review = reviews.reviews(org.supervisor()).getFirst().review();
        String reviewPath = "/reviews/" + review.id();
        assertThat(pages.page(supervisor, reviewPath)).contains("A calmer week").contains(pages.text("review.sign"));

        MockHttpServletResponse noComment = pages.send(supervisor, reviewPath + "/return", "comment", " ",
                "version", "0");
        assertThat(noComment.getStatus()).isEqualTo(422);
        assertThat(noComment.getContentAsString()).contains(pages.text("review.comment.required"));
        pages.send(supervisor, reviewPath + "/return", "comment", "Say how you linked her mood to the week",
                "version", "0");
        assertThat(pages.page(counsellor, "/reviews")).contains(pages.text("review.state.RETURNED"))
                .contains("Say how you linked her mood to the week");
        assertThat(pages.send(supervisor, reviewPath + "/sign", "version", "1").getStatus())
                .as("nothing to sign while it is back with the counsellor").isEqualTo(422);
        pages.send(counsellor, reviewPath + "/resubmit", "version", "1");
        assertThat(pages.send(supervisor, reviewPath + "/sign", "version", "2").getRedirectedUrl())
                .isEqualTo("/reviews");

        SessionView signed = sessions.session(org.clinician(), org.course(), org.session());
        assertThatThrownBy(() -> sessions.changeSession(org.clinician(), org.course(), org.session(),
                new SessionEntry(signed.when().toLocalDateTime(), signed.mode(), signed.attendance(), "Changed",
                        signed.moodRating(), null), signed.version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("session.locked");
        assertThat(pages.page(counsellor, sessionPath)).contains(pages.text("session.lockedNotice"))
                .doesNotContain(pages.text("review.submitSession"));
        assertThat(pages.send(counsellor, sessionPath + "/addenda", "text", "Her sister called after the session")
                .getRedirectedUrl()).isEqualTo(sessionPath);
        assertThat(pages.page(counsellor, sessionPath)).contains("Her sister called after the session");
        assertThatThrownBy(() -> reviews.submitSession(org.clinician(), org.course(), org.session()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("review.alreadySigned");

        assertThat(pages.open(pages.signIn(org.email("other")), reviewPath).getStatus()).isEqualTo(404);
        assertThat(pages.send(counsellor, reviewPath + "/sign", "version", "3").getStatus())
                .as("a counsellor does not sign their own").isEqualTo(404);
    }

    @Test
    void signingAGroupSessionLocksTheSessionsItWroteIntoTheMembersCourses() {
        LocalDate today = LocalDate.now(clock);
        GroupService groups = context.getBean(GroupService.class);
        GroupId group = groups.create(org.clinician(), new GroupSettings("Tuesday women", context.getBean(
                ProtocolCatalog.class).protocolByCode(org.id(), "GROUP_IPT_WHO").id(), org.clinician().id(), null,
                org.supervisor().id(), MeetingMode.REMOTE, null, today.getDayOfWeek(), LocalTime.of(10, 0),
                today.minusWeeks(1), 1, 10, null, null, null, "phq-9"));
        GroupMemberId grace = groups.addMember(org.clinician(), group, new NewMember(null, "Grace", 1990, Sex.FEMALE));
        GroupSessionId held = context.getBean(GroupSessionService.class).record(org.clinician(), group,
                new GroupSessionEntry(UUID.randomUUID(), 1, today.minusWeeks(1).atTime(10, 0), SessionMode.IN_PERSON,
                        true, null, List.of(new MemberCheckIn(grace, true, Map.of(), "A quiet week", null, null, null))));
        Review.ReviewId id = reviews.submitGroupSession(org.clinician(), group, held);
        reviews.sign(org.supervisor(), id, 0);
        var courseSession = context.getBean(GroupSessionService.class).session(org.clinician(), group, held)
                .checkIns().getFirst().courseSession();
        assertThat(sessions.locked(courseSession)).isTrue();
        assertThat(reviews.reviews(org.clinician())).extracting(l -> l.review().state()).contains(ReviewState.SIGNED);
    }

    @Test
    void layCounsellorsNeedSignOffByDefaultAndAnAdministratorCanChangeIt() {
        IdentityService identity = context.getBean(IdentityService.class);
        UserId lay = identity.createUserIn(org.id(), new NewUser(org.email("lay"), "Lay counsellor", Fixtures.PASSWORD,
                Role.CLINICIAN, true, org.supervisor().id(), null));
        assertThat(identity.needsSignOff(org.id(), lay)).isTrue();
        assertThat(identity.needsSignOff(org.id(), org.clinician().id())).isFalse();
        var summary = identity.user(org.admin(), lay);
        identity.updateUser(org.admin(), lay, summary.displayName(), summary.role(), true, summary.supervisorId(),
                true, false, summary.version());
        assertThat(identity.needsSignOff(org.id(), lay)).isFalse();
    }
}
