package org.openipt.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openipt.safety.CrisisResource;
import org.openipt.safety.CrisisResourceFields;
import org.openipt.safety.CrisisResourceId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The crisis resources of each organisation; changes and removals go over the version the person read. */
@Component
public class CrisisResourceStore {

    private static final String COLUMNS = "id, locale, name, contact, description, version";

    private final JdbcClient jdbc;

    CrisisResourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CrisisResource> all(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from crisis_resource where organisation_id = ?"
                + " order by locale, name, id").param(organisationId).query(CrisisResourceStore::resource).list();
    }

    /** The resources whose locale is in the reader's language ({@code en} matches {@code en-US} and {@code en}). */
    public List<CrisisResource> forLanguage(UUID organisationId, Locale locale) {
        String language = locale.getLanguage().toLowerCase(Locale.ROOT);
        return all(organisationId).stream().filter(resource -> languageOf(resource.locale()).equals(language))
                .toList();
    }

    public Optional<CrisisResource> find(UUID organisationId, CrisisResourceId id) {
        return jdbc.sql("select " + COLUMNS + " from crisis_resource where id = ? and organisation_id = ?")
                .params(id.value(), organisationId).query(CrisisResourceStore::resource).optional();
    }

    public CrisisResourceId add(UUID organisationId, CrisisResourceFields fields) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into crisis_resource (id, organisation_id, locale, name, contact, description, version)"
                + " values (?, ?, ?, ?, ?, ?, 0)")
                .params(id, organisationId, fields.locale(), fields.name(), fields.contact(), fields.description())
                .update();
        return new CrisisResourceId(id);
    }

    public void change(UUID organisationId, CrisisResourceId id, CrisisResourceFields fields, long version) {
        int changed = jdbc.sql("update crisis_resource set locale = ?, name = ?, contact = ?, description = ?,"
                + " version = version + 1 where id = ? and organisation_id = ? and version = ?")
                .params(fields.locale(), fields.name(), fields.contact(), fields.description(), id.value(),
                        organisationId, version).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("the crisis resource changed since it was read");
        }
    }

    public void remove(UUID organisationId, CrisisResourceId id, long version) {
        int removed = jdbc.sql("delete from crisis_resource where id = ? and organisation_id = ? and version = ?")
                .params(id.value(), organisationId, version).update();
        if (removed != 1) {
            throw new OptimisticLockingFailureException("the crisis resource changed since it was read");
        }
    }

    static String languageOf(String localeTag) {
        return Locale.forLanguageTag(localeTag).getLanguage().toLowerCase(Locale.ROOT);
    }

    private static CrisisResource resource(ResultSet rs, int row) throws SQLException {
        return new CrisisResource(new CrisisResourceId(rs.getObject("id", UUID.class)), rs.getString("locale"),
                rs.getString("name"), rs.getString("contact"), rs.getString("description"), rs.getLong("version"));
    }
}
