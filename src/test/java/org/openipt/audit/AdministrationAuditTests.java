package org.openipt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator's changes stand in the audit trail under their name: an account opened, changed, its role changed
 * (or switched off), its sessions ended, and the organisation's settings (the second-factor requirement) changed.
 */
@DatabaseTest
class AdministrationAuditTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyChangeAnAdministratorMakesIsAuditedUnderTheirName() throws Exception {
        Fixtures.Organisation org = Fixtures.organisation(context);
        UserId opened = identity.createUser(org.admin(), new NewUser("audited" + org.emailSuffix(), "Audited Person",
                "a long enough passphrase 42", Role.CLINICIAN, false, null, null));
        UserSummary account = identity.user(org.admin(), opened);
        identity.updateUser(org.admin(), opened, "Audited Person", Role.CLINICIAN, false, null, true, false,
                account.version());
        identity.updateUser(org.admin(), opened, "Audited Person", Role.SUPERVISOR, false, null, true, false,
                identity.user(org.admin(), opened).version());
        MockHttpSession admin = Pages.signIn(mvc, org.email("admin"));
        mvc.perform(post("/admin/users/" + opened.value() + "/sessions/end").session(admin).with(csrf()));

        assertThat(details(org.admin().id(), opened.value())).containsExactlyInAnyOrder(
                "history.administration.ACCOUNT_OPENED", "history.administration.ACCOUNT_CHANGED",
                "history.administration.ACCOUNT_ACCESS_CHANGED", "history.administration.SESSIONS_ENDED");
        assertThat(details(org.admin().id(), org.id().value())).as("Fixtures switched the second factor off")
                .contains("history.administration.SETTINGS_CHANGED");
    }

    private java.util.List<String> details(UserId administrator, UUID object) {
        return jdbc.queryForList("select detail from audit_record where user_id = ? and object_id = ? "
                + "order by occurred_at", String.class, administrator.value(), object);
    }
}
