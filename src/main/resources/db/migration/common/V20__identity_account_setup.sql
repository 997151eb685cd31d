-- Setting up an account without an administrator: a client invited to the portal (by an e-mailed link or a code
-- read out in a session) and anyone who forgot their password. Each secret is single-use and expires; only its
-- SHA-256 is kept. An invited client has no sign-in until they set a password (activated_at), and one invited by
-- code chooses their sign-in name then (so email may be empty until that moment).
create table account_token (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    user_id uuid not null references user_account (id),
    purpose varchar(20) not null,
    secret_hash varchar(64) not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_account_token_secret unique (secret_hash)
);
create index ix_account_token_user on account_token (user_id, purpose);

alter table user_account add column activated_at timestamp with time zone;
update user_account set activated_at = created_at;
alter table user_account alter column email drop not null;
