-- The IPT timeline of a course: life events and mood (episodes and single ratings), with explicit links from an
-- event to the onset of the current episode. Dates may be approximate: the stored date is the first day of its
-- month or year when the precision is MONTH or YEAR.
create table life_event (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    occurred_on date not null,
    date_precision varchar(10) not null,
    event_type varchar(30) not null,
    description varchar(200) not null,
    linked_to_onset boolean not null,
    session_id uuid references course_session (id),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint ck_life_event_precision check (date_precision in ('DAY', 'MONTH', 'YEAR'))
);
create index ix_life_event_course on life_event (course_id, occurred_on);

-- The people of the inventory an event involves; leaving the inventory takes them off the event.
create table life_event_person (
    life_event_id uuid not null references life_event (id) on delete cascade,
    relationship_id uuid not null references inventory_relationship (id) on delete cascade,
    primary key (life_event_id, relationship_id)
);
create index ix_life_event_person_relationship on life_event_person (relationship_id);

create table mood_episode (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    started_on date not null,
    start_precision varchar(10) not null,
    ended_on date,
    end_precision varchar(10),
    severity varchar(10) not null,
    current_episode boolean not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint ck_mood_episode_severity check (severity in ('MILD', 'MODERATE', 'SEVERE'))
);
create index ix_mood_episode_course on mood_episode (course_id, started_on);

create table mood_point (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    rated_on date not null,
    date_precision varchar(10) not null,
    rating integer not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint ck_mood_point_rating check (rating between 0 and 10)
);
create index ix_mood_point_course on mood_point (course_id, rated_on);
