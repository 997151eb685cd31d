package org.openipt.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openipt.caseload.ConsentDocument;
import org.openipt.caseload.ConsentService;
import org.openipt.identity.IdentityService;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.InstrumentScoring;
import org.openipt.measures.ScoreResult;
import org.openipt.referral.internal.ReferralStore;
import org.openipt.safety.CrisisResourceService;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public side of self-referral, used without an account. A page that is not open is not found, whatever its
 * code, and the page says nothing about who else referred. Sending counts an attempt for the rate limits first; a
 * filled field people cannot see (a bot) looks received and stores nothing; the same submission key again answers as
 * the first did.
 */
@Service
public class SelfReferralService {

    private final ReferralStore store;
    private final IdentityService identity;
    private final ConsentService consents;
    private final CrisisResourceService crisisResources;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ReferralLimits limits;
    private final Clock clock;
    private final InstrumentDefinition phq9 = InstrumentLibrary.standard().definition("phq-9");
    private final InstrumentDefinition gad7 = InstrumentLibrary.standard().definition("gad-7");

    SelfReferralService(ReferralStore store, IdentityService identity, ConsentService consents,
            CrisisResourceService crisisResources, ApplicationEventPublisher events, TransactionTemplate transactions,
            ReferralLimits limits, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.consents = consents;
        this.crisisResources = crisisResources;
        this.events = events;
        this.transactions = transactions;
        this.limits = limits;
        this.clock = clock;
    }

    public InstrumentDefinition phq9() {
        return phq9;
    }

    public InstrumentDefinition gad7() {
        return gad7;
    }

    @Transactional(readOnly = true)
    public ReferralPage page(String code, Locale locale) {
        ReferralSettings settings = open(code);
        return new ReferralPage(settings.organisationId(), settings.code(),
                identity.organisationName(settings.organisationId()),
                consents.selfReferralWording(settings.organisationId(), locale.getLanguage()).orElse(null));
    }

    /**
     * Sends a self-referral from the network address whose hash is given. Urgent after a risk answer: the intake
     * staff are told (after commit) and the person sees the crisis lines in their language at once.
     */
    public ReferralOutcome send(String code, Locale locale, String addressHash, UUID submissionKey,
            SelfReferralEntry sent, boolean botField) {
        SelfReferralEntry entry = new SelfReferralEntry(Text.clean(sent.name()), Text.clean(sent.contact()),
                Text.clean(sent.reason()), sent.language(), sent.format(), sent.phq9(), sent.gad7(),
                sent.consentDocumentId(), sent.consented());
        ReferralSettings settings = java.util.Objects.requireNonNull(transactions.execute(status -> open(code)));
        if (!Boolean.TRUE.equals(transactions.execute(status -> counted(settings, addressHash)))) {
            return new ReferralOutcome.TooMany();
        }
        if (botField) {
            return new ReferralOutcome.Received(false, List.of());
        }
        return Conflicts.retriedOnce(transactions, () -> {
            Instant now = clock.instant();
            Optional<org.openipt.referral.ReferralId> earlier = store.submitted(settings.organisationId(),
                    submissionKey);
            if (earlier.isPresent()) {
                boolean urgent = store.referral(settings.organisationId(), earlier.get()).map(SelfReferral::urgent)
                        .orElse(false);
                return received(settings, urgent, locale);
            }
            RuleViolation.throwIfAny(ReferralRules.problems(entry, phq9, gad7));
            Optional<ConsentDocument> wording = consents.selfReferralWording(settings.organisationId(),
                    locale.getLanguage());
            if (wording.isEmpty() || !wording.get().id().value().equals(entry.consentDocumentId())) {
                throw new RuleViolation("referral.consent.changed");
            }
            boolean urgent = ReferralRules.urgent(entry, phq9);
            ReferralId id = store.add(settings.organisationId(), submissionKey, entry, total(phq9, entry.phq9()),
                    total(gad7, entry.gad7()), urgent, now);
            if (urgent) {
                events.publishEvent(new UrgentReferralReceived(settings.organisationId(), id));
            }
            return received(settings, urgent, locale);
        });
    }

    /**
     * Counts this attempt, in a transaction of its own so that refused and invalid attempts count too; false, and
     * nothing counted, when the address or the organisation is over its limit.
     */
    private boolean counted(ReferralSettings settings, String addressHash) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.window());
        if (store.attemptsFrom(addressHash, since) >= limits.perAddress()
                || store.attemptsAt(settings.organisationId(), since) >= limits.perOrganisation()) {
            return false;
        }
        store.attempt(settings.organisationId(), addressHash, now);
        return true;
    }

    private ReferralOutcome received(ReferralSettings settings, boolean urgent, Locale locale) {
        return new ReferralOutcome.Received(urgent,
                urgent ? crisisResources.forReader(settings.organisationId(), locale) : List.of());
    }

    private ReferralSettings open(String code) {
        return store.settingsByCode(code).filter(ReferralSettings::open)
                .orElseThrow(() -> new NotFoundException("referralPage"));
    }

    private static @org.jspecify.annotations.Nullable Integer total(InstrumentDefinition instrument,
            java.util.Map<String, String> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        ScoreResult score = InstrumentScoring.score(instrument, answers);
        return score.complete() ? score.total() : null;
    }
}
