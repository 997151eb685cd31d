package org.openipt.safety.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openipt.safety.CrisisResource;
import org.openipt.safety.CrisisResourceFields;
import org.openipt.safety.CrisisResourceId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** The crisis resources of each organisation; changes and removals go over the version the person read. */
@Component
public class CrisisResourceStore {

    private final CrisisResourceRepository resources;

    CrisisResourceStore(CrisisResourceRepository resources) {
        this.resources = resources;
    }

    public List<CrisisResource> all(UUID organisationId) {
        return resources.findByOrganisationIdOrderByLocaleAscNameAscIdAsc(organisationId).stream()
                .map(CrisisResourceRow::view).toList();
    }

    /** The resources whose locale is in the reader's language ({@code en} matches {@code en-US} and {@code en}). */
    public List<CrisisResource> forLanguage(UUID organisationId, Locale locale) {
        String language = locale.getLanguage().toLowerCase(Locale.ROOT);
        return all(organisationId).stream().filter(resource -> languageOf(resource.locale()).equals(language))
                .toList();
    }

    public Optional<CrisisResource> find(UUID organisationId, CrisisResourceId id) {
        return resources.findByIdAndOrganisationId(id.value(), organisationId).map(CrisisResourceRow::view);
    }

    public CrisisResourceId add(UUID organisationId, CrisisResourceFields fields) {
        return new CrisisResourceId(resources.save(CrisisResourceRow.of(organisationId, fields)).getId());
    }

    public void change(UUID organisationId, CrisisResourceId id, CrisisResourceFields fields, long version) {
        CrisisResourceRow resource = current(organisationId, id, version);
        resource.record(fields);
        resources.save(resource);
    }

    public void remove(UUID organisationId, CrisisResourceId id, long version) {
        resources.delete(current(organisationId, id, version));
    }

    /** The resource as the person read it; gone or changed since is a conflict. */
    private CrisisResourceRow current(UUID organisationId, CrisisResourceId id, long version) {
        return resources.findByIdAndOrganisationId(id.value(), organisationId)
                .filter(resource -> resource.getVersion() == version)
                .orElseThrow(() -> new OptimisticLockingFailureException("the crisis resource changed since it was read"));
    }

    static String languageOf(String localeTag) {
        return Locale.forLanguageTag(localeTag).getLanguage().toLowerCase(Locale.ROOT);
    }
}
