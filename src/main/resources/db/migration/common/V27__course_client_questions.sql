-- Questions the client writes in the portal for their next session (owned by course). The clinician sees the open
-- ones on the session form; recording the next session the client attends marks them as brought to it.
create table client_question (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    question varchar(1000) not null,
    asked_at timestamp with time zone not null,
    submission_key uuid not null,
    brought_to_session_id uuid references course_session (id),
    version bigint not null,
    constraint uq_client_question_submission unique (course_id, submission_key)
);
create index ix_client_question_course on client_question (course_id, brought_to_session_id, asked_at);
