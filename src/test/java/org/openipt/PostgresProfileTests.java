package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openipt.identity.IdentityService;
import org.openipt.identity.OrganisationId;
import org.openipt.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The jar on an external PostgreSQL: configured by environment, no demo data, the first administrator from the environment. */
@Tag("database")
class PostgresProfileTests {

    @Test
    void startsOnPostgresWithTheFirstAdministratorAndNoDemo() {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "runs in the PostgreSQL test execution");
        String url = TestDatabase.newPostgresDatabase();

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OpenIptApplication.class)
                .profiles("postgres")
                .properties("OPENIPT_DB_URL=" + url, "OPENIPT_DB_USER=postgres", "OPENIPT_DB_PASSWORD=",
                        "OPENIPT_ADMIN_EMAIL=first.admin@example.org",
                        "OPENIPT_ADMIN_PASSWORD=first administrator passphrase",
                        "OPENIPT_ORGANISATION_NAME=Example Service", "server.port=0")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organisation where demo = true").query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("select name from organisation").query(String.class).list())
                    .containsExactly("Example Service");
            OrganisationId opened = new OrganisationId(jdbc.sql("select id from organisation")
                    .query(java.util.UUID.class).single());
            assertThat(app.getBean(IdentityService.class).findByEmail(opened, "first.admin@example.org")).isPresent();
            assertThat(jdbc.sql("select second_factor_required from organisation").query(Boolean.class).single())
                    .as("the first administrator's organisation requires a second factor").isTrue();
            assertThat(jdbc.sql("select role from user_account").query(String.class).list()).containsExactly("ADMIN");
        }
    }
}
