create table course (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    client_id uuid not null references client (id),
    protocol_id uuid not null references protocol (id),
    phase varchar(20) not null,
    contracted_sessions integer not null,
    cadence varchar(20) not null,
    session_minutes integer not null,
    start_date date not null,
    contract_agreed_on date,
    extension_reason varchar(2000),
    extended_on date,
    exit_reason varchar(2000),
    exit_date date,
    previous_course_id uuid references course (id),
    created_at timestamp with time zone not null,
    version bigint not null
);
create index ix_course_client on course (client_id, created_at);
create index ix_course_organisation on course (organisation_id, phase);

create table course_session (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    scheduled_at timestamp with time zone not null,
    mode varchar(20) not null,
    attendance varchar(20) not null,
    interval_history varchar(4000),
    mood_rating integer,
    notes varchar(8000),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint ck_session_mood check (mood_rating is null or (mood_rating between 0 and 10))
);
create index ix_course_session_course on course_session (course_id, scheduled_at);
