-- Retention of client records (owned by retention). An organisation sets how many years a client's record is kept
-- after their last course ended; after that an administrator may erase it, unless a legal hold is set. An erased
-- client keeps a row with no personal data (its name replaced), so that the audit trail still reads; everything
-- else of theirs is deleted.
create table retention_policy (
    organisation_id uuid primary key references organisation (id),
    years integer not null,
    changed_at timestamp with time zone not null
);

create table legal_hold (
    client_id uuid primary key references client (id),
    organisation_id uuid not null references organisation (id),
    reason varchar(1000) not null,
    set_by uuid not null references user_account (id),
    set_at timestamp with time zone not null
);

alter table client add column erased_on date;
