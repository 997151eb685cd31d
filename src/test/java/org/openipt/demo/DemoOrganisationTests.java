package org.openipt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadEntry;
import org.openipt.caseload.CaseloadService;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.shared.PageRequestParams;
import org.openipt.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class DemoOrganisationTests {

    @Autowired
    DemoOrganisation demo;
    @Autowired
    IdentityService identity;
    @Autowired
    CaseloadService caseload;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoIsSeededOnceWhateverTheNumberOfStarts() {
        demo.seedOnce();

        assertThat(jdbc.sql("select count(*) from organisation where demo = true").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from client c join organisation o on o.id = c.organisation_id "
                + "where o.demo = true").query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void theTherapistsCaseloadShowsCoursesInEveryPhase() {
        CurrentUser therapist = identity.actingAs(identity.findByEmail("therapist" + DemoOrganisation.DOMAIN).orElseThrow());

        List<CaseloadEntry> clients = caseload.caseload(therapist, "", PageRequestParams.of(0)).items();

        assertThat(clients).extracting(c -> c.status() == null ? "none" : c.status().phase())
                .contains("REFERRED", "INITIAL", "MIDDLE", "TERMINATION", "COMPLETED");
        assertThat(clients).allSatisfy(c -> assertThat(c.displayName()).endsWith("(demo)"));
    }

    @Test
    void everyDemoAccountSignsInWithTheDocumentedPassword() {
        for (String who : List.of("admin", "supervisor", "therapist", "counsellor", "client")) {
            assertThat(identity.findByEmail(who + DemoOrganisation.DOMAIN)).as(who).isPresent();
        }
        String hash = jdbc.sql("select password_hash from user_account where email = ?")
                .param("therapist" + DemoOrganisation.DOMAIN).query(String.class).single();
        assertThat(org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder().matches(DemoOrganisation.PASSWORD, hash)).isTrue();
    }
}
