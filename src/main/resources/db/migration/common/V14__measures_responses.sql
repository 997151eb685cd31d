-- Questionnaire responses of a course, scored when they were stored. The answers (item link id -> answer code) and
-- the item scores are JSON documents; what lists, charts and reports sort and filter by are columns.
-- An incomplete response has no total and no band; its risk flag is set all the same.
-- The submission key comes from the form the person opened: a double submit stores one response.
create table measure_response (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    session_id uuid,
    instrument_id varchar(40) not null,
    instrument_canonical varchar(300) not null,
    instrument_version varchar(40) not null,
    answers varchar(20000) not null,
    item_scores varchar(20000) not null,
    total integer,
    band_code varchar(60),
    complete boolean not null,
    risk boolean not null,
    entered_by uuid not null references user_account (id),
    administered_at timestamp with time zone not null,
    entered_at timestamp with time zone not null,
    submission_key uuid not null,
    version bigint not null,
    constraint uq_measure_response_submission unique (course_id, submission_key)
);

create index ix_measure_response_course on measure_response (course_id, administered_at);
create index ix_measure_response_instrument on measure_response (course_id, instrument_id, complete, administered_at);
