-- Measurement schedules (owned by the measures module). A format's schedule is stored once an administrator
-- changes it; until then the format's built-in default applies (in code: DefaultSchedules). A course's schedule is
-- stored once a clinician changes it; until then it follows its format's. The entries are a JSON list of
-- {instrumentId, rule, every, milestones}.
create table measure_protocol_schedule (
    protocol_id uuid primary key references protocol (id),
    organisation_id uuid not null references organisation (id),
    entries varchar(8000) not null,
    changed_at timestamp with time zone not null,
    version bigint not null
);

create table measure_course_schedule (
    course_id uuid primary key references course (id),
    organisation_id uuid not null references organisation (id),
    client_id uuid not null references client (id),
    entries varchar(8000) not null,
    changed_at timestamp with time zone not null,
    version bigint not null
);
