package org.openipt.safety;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.safety.internal.CrisisResourceStore;
import org.openipt.safety.internal.DefaultCrisisResources;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crisis resources of an organisation, per locale: administrators keep them; everyone on staff reads those in
 * their language with every risk event and on the safety plan. A new organisation starts with a few widely
 * published numbers ({@link DefaultCrisisResources}) that it must check for its own area.
 */
@Service
@Transactional
public class CrisisResourceService {

    static final String CRISIS_RESOURCE = "CRISIS_RESOURCE";

    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_DESCRIPTION = 1000;

    private final CrisisResourceStore store;
    private final AuditTrail audit;

    CrisisResourceService(CrisisResourceStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Every resource of the administrator's organisation, by locale and name. */
    @Transactional(readOnly = true)
    public List<CrisisResource> all(CurrentUser admin) {
        return store.all(organisationOf(admin));
    }

    @Transactional(readOnly = true)
    public CrisisResource resource(CurrentUser admin, CrisisResourceId id) {
        return store.find(organisationOf(admin), id).orElseThrow(() -> new NotFoundException("crisisResource"));
    }

    /** The resources of the user's organisation in the language they read. */
    @Transactional(readOnly = true)
    public List<CrisisResource> forReader(CurrentUser user, Locale locale) {
        return forReader(user.organisationId(), locale);
    }

    @Transactional(readOnly = true)
    public List<CrisisResource> forReader(OrganisationId organisation, Locale locale) {
        return store.forLanguage(organisation.value(), locale);
    }

    public CrisisResourceId add(CurrentUser admin, CrisisResourceFields fields) {
        CrisisResourceFields clean = checked(fields);
        CrisisResourceId id = store.add(organisationOf(admin), clean);
        audit.record(admin, null, AuditAction.CREATE, CRISIS_RESOURCE, id,
                AuditEntry.detail("history.crisisResourceAdded"));
        return id;
    }

    public void change(CurrentUser admin, CrisisResourceId id, CrisisResourceFields fields, long version) {
        resource(admin, id);
        store.change(organisationOf(admin), id, checked(fields), version);
        audit.record(admin, null, AuditAction.UPDATE, CRISIS_RESOURCE, id,
                AuditEntry.detail("history.crisisResourceChanged"));
    }

    public void remove(CurrentUser admin, CrisisResourceId id, long version) {
        resource(admin, id);
        store.remove(organisationOf(admin), id, version);
        audit.record(admin, null, AuditAction.UPDATE, CRISIS_RESOURCE, id,
                AuditEntry.detail("history.crisisResourceRemoved"));
    }

    /** Gives a new organisation the default resources; runs inside the transaction that opens it. */
    public void seed(OrganisationId organisation) {
        DefaultCrisisResources.ALL.forEach(fields -> store.add(organisation.value(), fields));
    }

    /** The problems of what an administrator wrote; message keys. */
    public static List<String> problems(CrisisResourceFields fields) {
        List<String> problems = new ArrayList<>();
        if (normalisedLocale(fields.locale()) == null) {
            problems.add("crisis.locale.invalid");
        }
        if (fields.name().isBlank()) {
            problems.add("crisis.name.required");
        }
        else if (fields.name().strip().length() > MAX_NAME) {
            problems.add("crisis.name.tooLong");
        }
        if (fields.contact().isBlank()) {
            problems.add("crisis.contact.required");
        }
        else if (fields.contact().strip().length() > MAX_CONTACT) {
            problems.add("crisis.contact.tooLong");
        }
        String description = fields.description();
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            problems.add("crisis.description.tooLong");
        }
        return problems;
    }

    /** A well-formed BCP 47 tag with a language, in its canonical spelling ({@code en-us} becomes {@code en-US}). */
    static @Nullable String normalisedLocale(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
        }
        catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static CrisisResourceFields checked(CrisisResourceFields fields) {
        RuleViolation.throwIfAny(problems(fields));
        String description = fields.description();
        return new CrisisResourceFields(java.util.Objects.requireNonNull(normalisedLocale(fields.locale())),
                fields.name().strip(), fields.contact().strip(),
                Text.clean(description));
    }

    private static java.util.UUID organisationOf(CurrentUser admin) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return admin.organisationId().value();
    }
}
