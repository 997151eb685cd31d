create table assessment (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    diagnosis varchar(2000),
    diagnosis_system varchar(10),
    diagnosis_code varchar(20),
    psychoeducation_on date,
    sick_role_on date,
    medication_evaluation varchar(20),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_assessment_course unique (course_id)
);
create index ix_assessment_course on assessment (course_id);

create table medication (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    name varchar(200) not null,
    dose varchar(200),
    prescriber varchar(200),
    started_on date,
    stopped_on date,
    created_at timestamp with time zone not null,
    version bigint not null
);
create index ix_medication_course on medication (course_id, created_at);

create table formulation (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    narrative varchar(4000),
    accepted_on date,
    acceptance_note varchar(1000),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_formulation_course unique (course_id)
);
create index ix_formulation_course on formulation (course_id);

create table focal_area (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    area varchar(30) not null,
    grief_person varchar(200),
    grief_died_on date,
    grief_circumstances varchar(2000),
    grief_anniversaries varchar(1000),
    dispute_with varchar(200),
    dispute_issues varchar(2000),
    dispute_client_expectations varchar(2000),
    dispute_other_expectations varchar(2000),
    transition_old_role varchar(1000),
    transition_new_role varchar(1000),
    transition_losses varchar(2000),
    transition_gains varchar(2000),
    transition_skills varchar(2000),
    transition_supports varchar(2000),
    deficits_isolation varchar(2000),
    deficits_past_patterns varchar(2000),
    deficits_contacts varchar(2000),
    created_at timestamp with time zone not null,
    version bigint not null
);
create index ix_focal_area_course on focal_area (course_id, created_at);

create table dispute_stage_change (
    focal_area_id uuid not null references focal_area (id),
    position integer not null,
    stage varchar(20) not null,
    changed_on date not null,
    primary key (focal_area_id, position)
);

create table goal (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    focal_area_id uuid not null references focal_area (id),
    description varchar(1000) not null,
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    version bigint not null
);
create index ix_goal_course on goal (course_id, created_at);

create table goal_rating (
    goal_id uuid not null references goal (id),
    position integer not null,
    rated_on date not null,
    rating integer not null,
    primary key (goal_id, position),
    constraint ck_goal_rating check (rating between 0 and 10)
);
