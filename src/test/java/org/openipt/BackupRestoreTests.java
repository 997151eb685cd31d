package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded database's backup as the README describes it: H2's SCRIPT written to a file while OpenIPT runs, run
 * into an empty database, gives every table back row for row (the demo organisation and everything the other tests
 * wrote fill them). PostgreSQL's is pg_dump, which this machine does not have in version 17, so that run skips.
 */
@DatabaseTest
class BackupRestoreTests {

    @Autowired
    DataSource dataSource;

    @Test
    void aScriptBackupRestoredIntoAnEmptyDatabaseHoldsEveryTableAsItWas() throws Exception {
        Assumptions.assumeFalse(TestDatabase.isPostgres(), "PostgreSQL is backed up with pg_dump (see the README)");
        Path backup = Files.createTempFile("openipt-backup-", ".sql");
        Map<String, List<String>> original;
        try (Connection running = dataSource.getConnection()) {
            running.setAutoCommit(false);
            running.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for both
            try (Statement statement = running.createStatement()) {
                statement.execute("SCRIPT TO '" + backup + "'");
            }
            original = contents(running);
            running.rollback();
        }
        String empty = "jdbc:h2:mem:restored_" + UUID.randomUUID().toString().replace("-", "") + ";MODE=PostgreSQL";
        try (Connection restored = DriverManager.getConnection(empty, "sa", "")) {
            try (Statement statement = restored.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + backup + "'");
            }
            Map<String, List<String>> back = contents(restored);

            assertThat(back.keySet()).containsExactlyInAnyOrderElementsOf(original.keySet());
            original.forEach((table, rows) -> assertThat(back.get(table)).as(table).isEqualTo(rows));
        }
        finally {
            Files.deleteIfExists(backup);
        }
        assertThat(original).as("the schema's tables").hasSizeGreaterThan(40);
        assertThat(original.values().stream().filter(rows -> !rows.isEmpty()).count())
                .as("tables with rows to compare").isGreaterThan(30);
    }

    /** Every table's rows as text, sorted, so that two databases compare whatever order they return them in. */
    private static Map<String, List<String>> contents(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select * from \"" + table + "\"")) {
                ResultSetMetaData columns = row.getMetaData();
                while (row.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        Object value = row.getObject(column);
                        line.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value))
                                .append('\u001f');
                    }
                    rows.add(line.toString());
                }
            }
            rows.sort(null);
            contents.put(table, rows);
        }
        return contents;
    }
}
