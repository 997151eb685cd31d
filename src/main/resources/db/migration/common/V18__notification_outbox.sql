-- Notification outbox: one row per e-mail to one staff account. Written in the transaction that decides to notify
-- (after the event that caused it committed), sent later by a job that may run on several nodes at once. The
-- dedupe key makes a second delivery of the same event add nothing; the claim (claimed_by, claimed_until) is
-- taken with a conditional update, so each row is sent by one node. Subject and body hold no client details.
create table notification (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    recipient_id uuid not null references user_account (id),
    recipient_email varchar(320) not null,
    kind varchar(40) not null,
    dedupe_key varchar(200) not null,
    message_id varchar(250) not null,
    subject varchar(300) not null,
    body_text varchar(8000) not null,
    created_at timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts integer not null,
    sent_at timestamp with time zone,
    failed_at timestamp with time zone,
    last_error varchar(300),
    claimed_by varchar(100),
    claimed_until timestamp with time zone,
    constraint uq_notification_dedupe unique (dedupe_key)
);

create index ix_notification_due on notification (sent_at, failed_at, next_attempt_at);
create index ix_notification_organisation on notification (organisation_id, created_at);
