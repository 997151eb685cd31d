-- Screening days (owned by groups): a facilitator screens many people for a group format on a day, by the format's
-- questionnaire and a cut-off chosen for the day (a programme's rule: "total of 10 or more", for example). Everyone
-- screened is kept with their total and outcome; only the eligible and those excluded for risk become clients with a
-- course (the answers kept as its first questionnaire, so a risk answer opens a risk event); people below the
-- cut-off stay a line of the screening day.
create table screening_day (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    protocol_id uuid not null references protocol (id),
    site varchar(200) not null,
    held_on date not null,
    instrument varchar(40) not null,
    eligible_from integer not null,
    screened_by uuid not null references user_account (id),
    created_at timestamp with time zone not null
);
create index ix_screening_day_screener on screening_day (screened_by, held_on);

create table screening (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    screening_day_id uuid not null references screening_day (id),
    submission_key uuid not null,
    name varchar(200) not null,
    site varchar(200),
    sex varchar(10),
    age integer,
    total integer,
    outcome varchar(20) not null,
    client_id uuid references client (id),
    course_id uuid references course (id),
    screened_at timestamp with time zone not null,
    constraint uq_screening_submission unique (screening_day_id, submission_key)
);
create index ix_screening_day_lines on screening (screening_day_id, screened_at);
