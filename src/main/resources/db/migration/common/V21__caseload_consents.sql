-- Consents (owned by caseload). An organisation's consent documents — treatment, remote sessions, privacy notice —
-- one row per version and language, never changed once published; a client's agreement names the exact version
-- and when. A client agrees to a version once (a repeat answers the first).
create table consent_document (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    kind varchar(20) not null,
    language varchar(10) not null,
    version_number int not null,
    title varchar(200) not null,
    body varchar(20000) not null,
    published_at timestamp with time zone not null,
    published_by uuid not null references user_account (id),
    constraint uq_consent_document_version unique (organisation_id, kind, language, version_number)
);
create index ix_consent_document_current on consent_document (organisation_id, kind, language, version_number);

create table consent_agreement (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    client_id uuid not null references client (id),
    document_id uuid not null references consent_document (id),
    agreed_at timestamp with time zone not null,
    agreed_by uuid not null references user_account (id),
    constraint uq_consent_agreement unique (client_id, document_id)
);
