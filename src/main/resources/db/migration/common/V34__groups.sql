-- Group IPT (owned by groups). A group runs one format for its members, with one or two facilitators, a supervisor,
-- where and when it meets and the composition it keeps (size, optionally one sex, an age range). Each member keeps an
-- individual course; a client is an active member of one group at a time (active_client_id repeats the client while
-- the membership is active, so two saves at once cannot make it two). A group session records attendance for every
-- member and, for each member present, the week's check-in; the member's own course holds the session itself and the
-- questionnaire, which this table links to.
create table ipt_group (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    protocol_id uuid not null references protocol (id),
    name varchar(120) not null,
    facilitator_id uuid not null references user_account (id),
    co_facilitator_id uuid references user_account (id),
    supervisor_id uuid not null references user_account (id),
    meeting_mode varchar(10) not null,
    site varchar(200),
    meeting_day varchar(10) not null,
    meeting_time time not null,
    starts_on date not null,
    min_members integer not null,
    max_members integer not null,
    single_sex varchar(10),
    youngest_age integer,
    oldest_age integer,
    check_in_instrument varchar(40) not null,
    created_by uuid not null references user_account (id),
    created_at timestamp with time zone not null,
    version bigint not null
);
create index ix_ipt_group_facilitator on ipt_group (facilitator_id);
create index ix_ipt_group_co_facilitator on ipt_group (co_facilitator_id);
create index ix_ipt_group_supervisor on ipt_group (supervisor_id);

create table group_member (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    group_id uuid not null references ipt_group (id),
    client_id uuid not null references client (id),
    course_id uuid not null references course (id),
    sex varchar(10),
    state varchar(12) not null,
    joined_on date not null,
    left_on date,
    leave_reason varchar(1000),
    moved_to uuid references ipt_group (id),
    active_client_id uuid,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_group_member_active unique (active_client_id)
);
create index ix_group_member_group on group_member (group_id, joined_on);
create index ix_group_member_client on group_member (client_id);

create table group_session (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    group_id uuid not null references ipt_group (id),
    number integer not null,
    held_at timestamp not null,
    sessions_left_named boolean not null,
    notes varchar(4000),
    submission_key uuid not null,
    recorded_by uuid not null references user_account (id),
    recorded_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_group_session_number unique (group_id, number),
    constraint uq_group_session_submission unique (group_id, submission_key)
);

create table group_attendance (
    group_session_id uuid not null references group_session (id),
    member_id uuid not null references group_member (id),
    present boolean not null,
    course_session_id uuid,
    response_id uuid,
    week_link varchar(2000),
    last_option_outcome varchar(2000),
    option_chosen varchar(2000),
    primary key (group_session_id, member_id)
);
create index ix_group_attendance_member on group_attendance (member_id);
