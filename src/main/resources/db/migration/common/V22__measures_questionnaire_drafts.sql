-- Questionnaires a client is filling in themself in the portal (owned by measures): the answers given so far, saved
-- at every question so that nothing is lost when they stop, and the submission key that makes sending them store one
-- response however often it arrives. One draft per course and instrument; it goes when the response is stored.
create table questionnaire_draft (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    instrument_id varchar(40) not null,
    session_id uuid,
    submission_key uuid not null,
    answers varchar(20000) not null,
    started_at timestamp with time zone not null,
    saved_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_questionnaire_draft unique (course_id, instrument_id)
);

-- A response the client filled in themself in the portal is marked so on every page that shows it.
alter table measure_response add column by_client boolean default false not null;
