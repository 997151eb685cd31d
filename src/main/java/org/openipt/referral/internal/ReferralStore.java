package org.openipt.referral.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.OrganisationId;
import org.openipt.referral.ReferralId;
import org.openipt.referral.ReferralSettings;
import org.openipt.referral.ReferralStatus;
import org.openipt.referral.SelfReferral;
import org.openipt.referral.SelfReferralEntry;
import org.openipt.shared.Conflicts;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage behind self-referral: the organisations' referral pages, the referrals and the attempts counted for the
 * rate limits (a plain insert and a count over a time window, so JdbcClient).
 */
@Component
public class ReferralStore {

    private final SettingsRepository settings;
    private final ReferralRepository referrals;
    private final JdbcClient jdbc;

    ReferralStore(SettingsRepository settings, ReferralRepository referrals, JdbcClient jdbc) {
        this.settings = settings;
        this.referrals = referrals;
        this.jdbc = jdbc;
    }

    public Optional<ReferralSettings> settingsByCode(String code) {
        return settings.findByCode(code).map(ReferralStore::settings);
    }

    public Optional<ReferralSettings> settingsOf(OrganisationId organisation) {
        return settings.findById(organisation.value()).map(ReferralStore::settings);
    }

    public void saveSettings(OrganisationId organisation, String code, boolean open, long expectedVersion,
            Instant now) {
        SettingsRow row = settings.findById(organisation.value())
                .orElseGet(() -> new SettingsRow(organisation.value(), code, open, now, null));
        if (!row.isNew()) {
            row.change(code, open, now, expectedVersion);
        }
        Conflicts.savedOrConflict("the referral page", () -> settings.save(row));
    }

    public Optional<ReferralId> submitted(OrganisationId organisation, UUID submissionKey) {
        return referrals.findByOrganisationIdAndSubmissionKey(organisation.value(), submissionKey)
                .map(row -> new ReferralId(row.getId()));
    }

    public ReferralId add(OrganisationId organisation, UUID submissionKey, SelfReferralEntry entry,
            @Nullable Integer phq9Total, @Nullable Integer gad7Total, boolean urgent, Instant now) {
        ReferralRow row = new ReferralRow(UUID.randomUUID(), organisation.value(), now, submissionKey,
                java.util.Objects.requireNonNull(entry.name()), java.util.Objects.requireNonNull(entry.contact()),
                entry.reason(), java.util.Objects.requireNonNull(entry.language()),
                java.util.Objects.requireNonNull(entry.format()).name(), ReferralRow.answers(entry.phq9()),
                ReferralRow.answers(entry.gad7()), phq9Total, gad7Total, urgent,
                java.util.Objects.requireNonNull(entry.consentDocumentId()), ReferralStatus.PENDING.name(), null, null,
                null, null, null, null);
        return new ReferralId(referrals.save(row).getId());
    }

    public ResultPage<SelfReferral> queue(OrganisationId organisation, PageRequestParams page) {
        return new ResultPage<>(referrals.queue(organisation.value(), page.size(), (long) page.page() * page.size())
                .stream().map(ReferralRow::referral).toList(), page.page(), page.size(),
                referrals.pending(organisation.value()));
    }

    public Optional<SelfReferral> referral(OrganisationId organisation, ReferralId id) {
        return referrals.findByIdAndOrganisationId(id.value(), organisation.value()).map(ReferralRow::referral);
    }

    public void decide(OrganisationId organisation, ReferralId id, ReferralStatus decision, UUID by, Instant now,
            @Nullable String why, @Nullable UUID client, @Nullable UUID course, long expectedVersion) {
        ReferralRow row = referrals.findByIdAndOrganisationId(id.value(), organisation.value())
                .orElseThrow(() -> new org.openipt.shared.NotFoundException("referral"));
        row.decide(decision, by, now, why, client, course, expectedVersion);
        Conflicts.savedOrConflict("the referral", () -> referrals.save(row));
    }

    public void attempt(OrganisationId organisation, String addressHash, Instant now) {
        jdbc.sql("insert into referral_attempt (id, organisation_id, address_hash, attempted_at) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), organisation.value(), addressHash, java.sql.Timestamp.from(now)).update();
    }

    public long attemptsFrom(String addressHash, Instant since) {
        return jdbc.sql("select count(*) from referral_attempt where address_hash = ? and attempted_at > ?")
                .params(addressHash, java.sql.Timestamp.from(since)).query(Long.class).single();
    }

    public long attemptsAt(OrganisationId organisation, Instant since) {
        return jdbc.sql("select count(*) from referral_attempt where organisation_id = ? and attempted_at > ?")
                .params(organisation.value(), java.sql.Timestamp.from(since)).query(Long.class).single();
    }

    private static ReferralSettings settings(SettingsRow row) {
        return new ReferralSettings(new OrganisationId(row.getId()), row.getCode(), row.isOpen(), row.getVersion());
    }
}
