-- Worksheets of the middle phase: communication analysis, decision analysis, role play, work at home.
-- The links (session, person of the inventory, focal area) are checked by the application against the course;
-- they carry no foreign key because those records may be removed while the worksheet stays.
-- The content of each kind is one JSON document; the columns the lists sort and filter by are columns.
create table worksheet (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    type varchar(40) not null,
    title varchar(200) not null,
    session_id uuid,
    relationship_id uuid,
    focal_area_id uuid,
    content varchar(1000000) not null,
    submission_key uuid not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_worksheet_submission unique (course_id, submission_key)
);

create index ix_worksheet_course on worksheet (course_id, type, created_at);
