-- The reminders a client chose to get by e-mail (owned by notification): before each booked session, and whether a
-- questionnaire is waiting. Nothing is sent until the client opts in. The stop token is the key of the one-click
-- "stop these reminders" link in every reminder; it can do nothing else.
create table client_reminder (
    account_id uuid primary key references user_account (id),
    organisation_id uuid not null references organisation (id),
    sessions boolean not null,
    questionnaires boolean not null,
    stop_token varchar(64) not null,
    changed_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_client_reminder_stop_token unique (stop_token)
);
