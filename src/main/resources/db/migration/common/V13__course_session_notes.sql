-- What a session worked on (focal area, techniques, mood linked to events, sessions left named), who took part
-- (the client, the client with a parent or caregiver, or the caregiver alone), and the private psychotherapy
-- notes, kept in their own table because they are not part of the record the client can see.
alter table course_session add column participants varchar(30) default 'CLIENT' not null;
alter table course_session add column caregiver varchar(200);
alter table course_session add column focal_area_id uuid;
alter table course_session add column mood_linked_to_events boolean default false not null;
alter table course_session add column sessions_left_named boolean default false not null;
alter table course_session add constraint ck_session_participants
    check (participants in ('CLIENT', 'CLIENT_WITH_CAREGIVER', 'CAREGIVER_WITHOUT_CLIENT'));

create table course_session_technique (
    session_id uuid not null references course_session (id),
    technique varchar(40) not null,
    primary key (session_id, technique)
);

create table course_session_private_note (
    session_id uuid primary key references course_session (id),
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    note varchar(8000) not null,
    written_at timestamp with time zone not null
);
create index ix_private_note_course on course_session_private_note (course_id);
