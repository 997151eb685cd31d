package org.openipt.caseload;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.internal.Client;
import org.openipt.caseload.internal.ConsentAgreementRepository;
import org.openipt.caseload.internal.ConsentAgreementRow;
import org.openipt.caseload.internal.ConsentDocumentRepository;
import org.openipt.caseload.internal.ConsentDocumentRow;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents. Administrators publish the organisation's consent documents, each change a new version in its language;
 * a client reads and agrees to the current version of each in the portal; the record keeps which version and when,
 * and the client's clinicians see what is missing. Agreements are audited on the client's record.
 */
@Service
@Transactional
public class ConsentService {

    static final String CONSENT = "CONSENT";
    static final Set<String> LANGUAGES = Set.of("en", "es");

    private final ConsentDocumentRepository documents;
    private final ConsentAgreementRepository agreements;
    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final Clock clock;

    ConsentService(ConsentDocumentRepository documents, ConsentAgreementRepository agreements,
            CaseloadService caseload, AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.agreements = agreements;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every published version of the organisation's documents, by kind and language, newest first. */
    @Transactional(readOnly = true)
    public List<ConsentDocument> published(CurrentUser admin) {
        requireAdmin(admin);
        return all(admin.organisationId().value());
    }

    /** Publishes a new version of a kind in a language; returns its number. Two at once: the second is a conflict. */
    public int publish(CurrentUser admin, ConsentKind kind, String language, String title, String body) {
        requireAdmin(admin);
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("consent.language.invalid");
        }
        String cleanTitle = Text.clean(title);
        String cleanBody = Text.clean(body);
        RuleViolation.throwIfAny(ConsentRules.problems(cleanTitle, cleanBody));
        UUID organisation = admin.organisationId().value();
        int version = documents.latestVersion(organisation, kind.name(), language) + 1;
        ConsentDocumentRow row = Conflicts.savedOrConflict("the consent document", () -> documents.save(
                ConsentDocumentRow.publish(organisation, kind, language, version, cleanTitle, cleanBody,
                        clock.instant(), admin.id().value())));
        audit.record(admin, null, AuditAction.CREATE, CONSENT, new ConsentDocumentId(row.getId()),
                AuditEntry.detail("history.consentPublished", kind.name(), language, version));
        return version;
    }

    /** The client's own consents: the current version of each kind in their language, with what they agreed. */
    @Transactional(readOnly = true)
    public List<ConsentStatus> mine(CurrentUser client, Locale locale) {
        ClientId self = caseload.ownRecord(client);
        return statuses(client.organisationId().value(), self, locale.getLanguage());
    }

    /**
     * The client agrees to a current document; agreeing again afterwards (a retry) answers the first agreement. A
     * document that is not current for them (replaced meanwhile), or an agreement to it saved by another request at
     * the same moment, is a conflict; {@link #agreed} then tells the two apart.
     */
    public void agree(CurrentUser client, ConsentDocumentId documentId, Locale locale) {
        ClientId self = caseload.ownRecord(client);
        List<ConsentStatus> current = statuses(client.organisationId().value(), self, locale.getLanguage());
        ConsentStatus status = current.stream().filter(s -> s.current().id().equals(documentId)).findFirst()
                .orElseThrow(() -> documents.findByIdAndOrganisationId(documentId.value(),
                        client.organisationId().value()).isPresent()
                                ? new OptimisticLockingFailureException("a newer version was published")
                                : new NotFoundException("consentDocument"));
        if (!status.missing()) {
            return;
        }
        Conflicts.savedOrConflict("the agreement", () -> agreements.save(ConsentAgreementRow.agree(
                client.organisationId().value(), self.value(), documentId.value(), clock.instant(),
                client.id().value())));
        audit.record(client, self, AuditAction.CREATE, CONSENT, documentId, AuditEntry.detail(
                "history.consentAgreed", status.current().kind().name(), status.current().version()));
    }

    /** Whether the client has agreed to this document (and it is still the current one of its kind for them). */
    @Transactional(readOnly = true)
    public boolean agreed(CurrentUser client, ConsentDocumentId documentId, Locale locale) {
        return mine(client, locale).stream().anyMatch(s -> s.current().id().equals(documentId) && !s.missing());
    }

    /**
     * The wording a person agrees to when they refer themself to the organisation: the current self-referral
     * document in their language (else the fallback language); empty while the organisation has published none.
     * For the public referral page, so no one is signed in.
     */
    @Transactional(readOnly = true)
    public Optional<ConsentDocument> selfReferralWording(OrganisationId organisation, String language) {
        return ConsentRules.current(all(organisation.value()), language).stream()
                .filter(document -> document.kind() == ConsentKind.SELF_REFERRAL).findFirst();
    }

    /** What the client agreed and what is missing, for those who may see the client. */
    @Transactional(readOnly = true)
    public List<ConsentStatus> ofClient(CurrentUser user, ClientId id) {
        Client client = caseload.loadForReading(user, id);
        return statuses(client.getOrganisationId(), id, Optional.ofNullable(client.getPreferredLanguage())
                .orElse(ConsentRules.FALLBACK_LANGUAGE));
    }

    /** The current document of each kind, with the client's newest agreement to that kind in the same language. */
    private List<ConsentStatus> statuses(UUID organisation, ClientId client, @Nullable String language) {
        List<ConsentDocument> all = all(organisation);
        Map<UUID, ConsentDocument> byId = all.stream()
                .collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
        List<ConsentAgreed> agreed = agreements.findByClientId(client.value()).stream()
                .filter(a -> byId.containsKey(a.getDocumentId()))
                .map(a -> new ConsentAgreed(byId.get(a.getDocumentId()), a.getAgreedAt())).toList();
        return ConsentRules.current(all, language).stream().filter(current -> current.kind().askedOfClients())
                .map(current -> agreed.stream()
                .filter(a -> a.document().kind() == current.kind()
                        && a.document().language().equals(current.language()))
                .max(Comparator.comparingInt(a -> a.document().version()))
                .map(a -> new ConsentStatus(current, a.document().version(), a.agreedAt()))
                .orElseGet(() -> new ConsentStatus(current, null, null))).toList();
    }

    private record ConsentAgreed(ConsentDocument document, Instant agreedAt) {
    }

    private List<ConsentDocument> all(UUID organisation) {
        return documents.findByOrganisationIdOrderByKindAscLanguageAscVersionNumberDesc(organisation).stream()
                .map(ConsentDocumentRow::view).toList();
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
