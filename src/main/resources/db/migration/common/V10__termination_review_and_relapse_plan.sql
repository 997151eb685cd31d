create table termination_review (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    focal_area_outcome varchar(2000),
    client_account varchar(4000),
    feelings_about_ending varchar(2000),
    decision varchar(40),
    maintenance_course_id uuid references course (id),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_termination_review_course unique (course_id)
);

create table termination_goal_outcome (
    review_id uuid not null references termination_review (id),
    goal_id uuid not null references goal (id),
    outcome varchar(20) not null,
    primary key (review_id, goal_id)
);

create table relapse_plan (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    warning_signs varchar(2000),
    triggers varchar(2000),
    helpful_skills varchar(2000),
    helpful_people varchar(2000),
    steps varchar(2000),
    seeking_help varchar(2000),
    booster_arrangement varchar(2000),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_relapse_plan_course unique (course_id)
);
