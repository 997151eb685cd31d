-- Supervision (owned by supervision). Supervision sessions with the counsellors who came, the cases discussed (with
-- how many sessions the case's course had held then, so the dashboard can count the sessions since), and the
-- follow-ups agreed, which stay on the dashboard until done. Fidelity ratings of a course session by its counsellor
-- (SELF) and their supervisor (SUPERVISOR): one of each per session. Reviews of session and group-session records a
-- counsellor submitted for sign-off; a signed record is locked.
create table supervision_session (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    supervisor_id uuid not null references user_account (id),
    held_on date not null,
    notes varchar(4000),
    created_at timestamp with time zone not null,
    version bigint not null
);
create index ix_supervision_session_supervisor on supervision_session (supervisor_id, held_on);

create table supervision_attendee (
    supervision_session_id uuid not null references supervision_session (id),
    counsellor_id uuid not null references user_account (id),
    primary key (supervision_session_id, counsellor_id)
);

create table supervision_case (
    supervision_session_id uuid not null references supervision_session (id),
    client_id uuid not null references client (id),
    sessions_held_then integer not null,
    primary key (supervision_session_id, client_id)
);
create index ix_supervision_case_client on supervision_case (client_id);

create table supervision_follow_up (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    supervision_session_id uuid not null references supervision_session (id),
    supervisor_id uuid not null references user_account (id),
    client_id uuid references client (id),
    what varchar(1000) not null,
    due_on date not null,
    done_on date,
    version bigint not null
);
create index ix_supervision_follow_up_open on supervision_follow_up (supervisor_id, done_on, due_on);

create table fidelity_rating (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    counsellor_id uuid not null references user_account (id),
    course_id uuid not null references course (id),
    session_id uuid not null,
    rater varchar(12) not null,
    rated_by uuid not null references user_account (id),
    items varchar(4000) not null,
    met integer not null,
    rated integer not null,
    rated_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_fidelity_rating unique (session_id, rater)
);
create index ix_fidelity_rating_counsellor on fidelity_rating (counsellor_id, rated_at);

create table record_review (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    record_kind varchar(16) not null,
    record_id uuid not null,
    course_id uuid references course (id),
    group_id uuid references ipt_group (id),
    counsellor_id uuid not null references user_account (id),
    supervisor_id uuid not null references user_account (id),
    state varchar(10) not null,
    comment varchar(2000),
    submitted_at timestamp with time zone not null,
    decided_at timestamp with time zone,
    version bigint not null,
    constraint uq_record_review unique (record_kind, record_id)
);
create index ix_record_review_supervisor on record_review (supervisor_id, state, submitted_at);
create index ix_record_review_counsellor on record_review (counsellor_id, state, submitted_at);
