-- What the client sees of a course in the portal (owned by portal): the clinician's choice per course, nothing
-- until they make it; a column per part of the course the portal can show. Session notes and private
-- psychotherapy notes are never among the choices.
create table portal_sharing (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    formulation boolean not null,
    goals boolean not null,
    changed_at timestamp with time zone not null,
    changed_by uuid not null references user_account (id),
    version bigint not null,
    constraint uq_portal_sharing_course unique (course_id)
);
