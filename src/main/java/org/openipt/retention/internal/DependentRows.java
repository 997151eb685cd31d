package org.openipt.retention.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Deletes every row that refers to given rows, directly or through other rows, by following the database's own
 * foreign keys: a table any module adds that refers to a client (or to something of theirs) is erased with the client
 * without anyone remembering to add it here. The rows referred to stay; so do the tables that must keep an erased
 * person's row (clients, accounts, organisations) and the audit trail, which refers to nobody by a foreign key.
 */
@Component
public class DependentRows {

    private static final Set<String> KEPT = Set.of("client", "user_account", "organisation", "audit_record",
            "audit_seal");
    private static final int CHUNK = 500;
    private static final int DEEPEST = 20;

    /** A foreign key: {@code childTable.childColumn} refers to {@code parentColumn} of the parent table. */
    private record Reference(String childTable, String childColumn, String parentColumn) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DependentRows(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Deletes what refers to these rows of {@code table} (by their {@code id}); answers how many rows went. */
    public int deleteReferringTo(String table, Collection<UUID> ids) {
        return deleteReferringTo(table, "id", List.copyOf(ids), 0);
    }

    private int deleteReferringTo(String table, String column, List<?> values, int depth) {
        if (values.isEmpty()) {
            return 0;
        }
        if (depth > DEEPEST) {
            throw new IllegalStateException("references deeper than " + DEEPEST + " tables from " + table);
        }
        int deleted = 0;
        for (Reference reference : referencesTo(table)) {
            if (!reference.parentColumn().equalsIgnoreCase(column)) {
                continue;
            }
            if (KEPT.contains(reference.childTable())) {
                requireNoneReferring(reference, values);
                continue;
            }
            for (String key : referencesTo(reference.childTable()).stream().map(Reference::parentColumn).distinct()
                    .toList()) {
                deleted += deleteReferringTo(reference.childTable(), key, valuesOf(reference, key, values), depth + 1);
            }
            for (List<?> chunk : chunks(values)) {
                deleted += jdbc.sql("delete from " + reference.childTable() + " where " + reference.childColumn()
                        + " in (:values)").param("values", chunk).update();
            }
        }
        return deleted;
    }

    /** A kept table's row that refers to rows being erased must have been cleared by its owner first. */
    private void requireNoneReferring(Reference reference, List<?> values) {
        for (List<?> chunk : chunks(values)) {
            if (jdbc.sql("select count(*) from " + reference.childTable() + " where " + reference.childColumn()
                    + " in (:values)").param("values", chunk).query(Long.class).single() > 0) {
                throw new IllegalStateException(reference.childTable() + "." + reference.childColumn()
                        + " refers to rows being erased: its owner must clear it first");
            }
        }
    }

    /** The values of {@code column} in the child rows that refer to these values. */
    private List<Object> valuesOf(Reference reference, String column, List<?> values) {
        List<Object> found = new ArrayList<>();
        for (List<?> chunk : chunks(values)) {
            found.addAll(jdbc.sql("select " + column + " from " + reference.childTable() + " where "
                    + reference.childColumn() + " in (:values) and " + column + " is not null")
                    .param("values", chunk).query((row, n) -> row.getObject(1)).list());
        }
        return found.stream().distinct().toList();
    }

    private List<Reference> referencesTo(String table) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData metadata = connection.getMetaData();
            String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            List<Reference> references = new ArrayList<>();
            try (ResultSet keys = metadata.getExportedKeys(connection.getCatalog(), null, name)) {
                while (keys.next()) {
                    references.add(new Reference(keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT),
                            keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                }
            }
            return references;
        }
        catch (SQLException e) {
            throw new IllegalStateException("the database's foreign keys could not be read", e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static List<List<?>> chunks(List<?> values) {
        List<List<?>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
        return chunks;
    }
}
