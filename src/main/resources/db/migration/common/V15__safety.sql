-- Safety: risk events with their lifecycle, the safety plan (every save a new version) and the crisis resources of
-- each organisation. Clinical text (the assessment, the notes, the plan) lives here, never in the audit trail.

create table crisis_resource (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    locale varchar(35) not null,
    name varchar(200) not null,
    contact varchar(200) not null,
    description varchar(1000),
    version bigint not null
);

create index ix_crisis_resource_organisation on crisis_resource (organisation_id, locale, name);

-- One risk event per stored response at most (response_id is unique); an event opened by hand has none.
-- escalated_at is set once, by whichever node's conditional update wins.
create table risk_event (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    source varchar(20) not null,
    response_id uuid,
    instrument_id varchar(40),
    disclosure varchar(8000),
    state varchar(20) not null,
    risk_level varchar(20),
    assessment varchar(8000),
    actions varchar(200),
    action_note varchar(8000),
    close_note varchar(8000),
    opened_by uuid not null,
    opened_at timestamp with time zone not null,
    acknowledged_by uuid,
    acknowledged_at timestamp with time zone,
    assessed_by uuid,
    assessed_at timestamp with time zone,
    actioned_by uuid,
    actioned_at timestamp with time zone,
    closed_by uuid,
    closed_at timestamp with time zone,
    escalated_at timestamp with time zone,
    version bigint not null,
    constraint uq_risk_event_response unique (response_id)
);

create index ix_risk_event_client on risk_event (organisation_id, client_id, state);
create index ix_risk_event_course on risk_event (course_id, opened_at);
create index ix_risk_event_unacknowledged on risk_event (state, escalated_at, opened_at);

-- The risk answers that raised an event: the item's link id in the Questionnaire and the score given.
create table risk_event_answer (
    risk_event_id uuid not null references risk_event (id),
    position int not null,
    link_id varchar(40) not null,
    score int not null,
    primary key (risk_event_id, position)
);

-- Each save of a safety plan is a new row; the highest number is the current plan.
create table safety_plan_version (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    number int not null,
    warning_signs varchar(4000),
    coping_alone varchar(4000),
    distractions varchar(4000),
    people_to_ask varchar(4000),
    professionals varchar(4000),
    safe_surroundings varchar(4000),
    reasons_for_living varchar(4000),
    saved_by uuid not null,
    saved_at timestamp with time zone not null,
    constraint uq_safety_plan_version unique (course_id, number)
);
