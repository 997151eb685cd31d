package org.openipt.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Points a test's application context at the database the build asks for: a fresh in-memory H2 (PostgreSQL
 * mode) by default, or a real PostgreSQL 17 (zonky's embedded binaries, no Docker) when the system property
 * {@code openipt.test.database=postgresql} is set, as the build's second test run does. Each context gets its
 * own database, so contexts never see each other's rows.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "openipt.test.database";

    private static EmbeddedPostgres postgres;

    public static boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "openipt_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> properties = new HashMap<>(isPostgres() ? postgresDatabase(name) : Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa", "spring.datasource.password", ""));
        // bcrypt's lowest work factor: the same algorithm and checks, without the seconds a suite of thousands of
        // sign-ins and accounts spends hashing (PasswordHashingTests keeps the production factor honest)
        properties.put("openipt.password.bcrypt-strength", "4");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("openipt-test-database", properties));
        context.getBeanFactory().addBeanPostProcessor(new SqlStatements());
    }

    /** A new, empty database on the embedded PostgreSQL server, as a JDBC URL (user postgres, no password). */
    public static String newPostgresDatabase() {
        String name = "openipt_" + UUID.randomUUID().toString().replace("-", "");
        return (String) postgresDatabase(name).get("spring.datasource.url");
    }

    private static Map<String, Object> postgresDatabase(String name) {
        EmbeddedPostgres server = server();
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create a test database", e);
        }
        return Map.of("spring.datasource.url", server.getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres", "spring.datasource.password", "");
    }

    /**
     * One server per test JVM, stopped when the JVM ends — after Spring Boot has closed every application context
     * (a shutdown handler of {@link SpringApplication}), because closing a context still reads the event publication
     * registry: a server stopped first would leave each context waiting for a connection until the JVM is killed.
     */
    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                // A test server's data is thrown away at the end, so it need not survive a crash: without waiting for
                // the disk at every commit the tests run faster. Durability is not what these tests check.
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off").setRegisterShutdownHook(false).start();
            }
            catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    started.close();
                }
                catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            });
        }
        return postgres;
    }
}
