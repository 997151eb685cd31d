-- A second factor for signing in (owned by identity): an authenticator app's shared secret (RFC 6238), unconfirmed
-- until the person has typed a code from it, and the last time step used, so that a code works once. Recovery codes
-- are kept as SHA-256 hashes only. Organisations opened from now on require a second factor of their staff; those
-- that exist keep signing in as before until an administrator switches it on.
alter table organisation add column second_factor_required boolean not null default false;

create table second_factor (
    user_id uuid primary key references user_account (id),
    secret varchar(64) not null,
    created_at timestamp with time zone not null,
    confirmed_at timestamp with time zone,
    last_used_step bigint not null default 0
);

create table recovery_code (
    user_id uuid not null references user_account (id),
    code_hash varchar(64) not null,
    used_at timestamp with time zone,
    constraint pk_recovery_code primary key (user_id, code_hash)
);
