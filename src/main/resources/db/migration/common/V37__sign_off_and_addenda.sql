-- Whether a counsellor's session records need their supervisor's sign-off (owned by identity): on for lay
-- counsellors by default, an administrator may change it per account.
alter table user_account add column needs_sign_off boolean default false not null;
update user_account set needs_sign_off = lay_counsellor;

-- Addenda to a session record (owned by course): once a supervisor signed a record it is locked, and what is
-- learnt later is added beside it, dated and signed by its writer.
create table course_session_addendum (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    session_id uuid not null references course_session (id),
    text varchar(4000) not null,
    written_by uuid not null references user_account (id),
    written_at timestamp with time zone not null
);
create index ix_course_session_addendum on course_session_addendum (session_id, written_at);
