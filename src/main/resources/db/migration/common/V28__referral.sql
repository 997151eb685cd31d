-- Self-referral (owned by referral). An organisation opens its public referral page under a code of its choosing;
-- a person referring themself leaves what is below, with the exact consent document they agreed to. A referral
-- stays in the triage queue until staff accept it (a client and a course are made), refer the person elsewhere or
-- decline; the reason is for staff only. Attempts are counted per hashed network address and per organisation to
-- limit the rate; no address is stored in clear.
create table referral_settings (
    organisation_id uuid primary key references organisation (id),
    code varchar(40) not null,
    open boolean not null,
    changed_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_referral_code unique (code)
);

create table self_referral (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    received_at timestamp with time zone not null,
    submission_key uuid not null,
    name varchar(200) not null,
    contact varchar(300) not null,
    reason varchar(4000),
    language varchar(10) not null,
    preferred_format varchar(12) not null,
    phq9_answers varchar(2000) not null,
    gad7_answers varchar(2000) not null,
    phq9_total int,
    gad7_total int,
    urgent boolean not null,
    consent_document_id uuid not null references consent_document (id),
    status varchar(20) not null,
    decided_by uuid references user_account (id),
    decided_at timestamp with time zone,
    decision_reason varchar(2000),
    client_id uuid references client (id),
    course_id uuid references course (id),
    version bigint not null,
    constraint uq_self_referral_submission unique (organisation_id, submission_key)
);
create index ix_self_referral_queue on self_referral (organisation_id, status, urgent, received_at);

create table referral_attempt (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    address_hash varchar(64) not null,
    attempted_at timestamp with time zone not null
);
create index ix_referral_attempt_address on referral_attempt (address_hash, attempted_at);
create index ix_referral_attempt_organisation on referral_attempt (organisation_id, attempted_at);
