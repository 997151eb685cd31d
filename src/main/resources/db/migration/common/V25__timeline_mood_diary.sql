-- The client's mood and events diary between sessions (owned by timeline): a rating from 0 (worst) to 10 (best) for
-- a day, what happened and with whom, in their words. Each entry is a suggestion for the course's timeline until the
-- clinician adds it (as a mood rating of that day) or sets it aside; it is never changed by staff. The submission
-- key makes a double tap store one entry.
create table mood_diary_entry (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    entry_day date not null,
    rating int not null,
    what_happened varchar(2000),
    with_whom varchar(300),
    written_at timestamp with time zone not null,
    submission_key uuid not null,
    status varchar(12) not null,
    decided_by uuid references user_account (id),
    decided_at timestamp with time zone,
    mood_point_id uuid,
    version bigint not null,
    constraint uq_mood_diary_submission unique (course_id, submission_key)
);
create index ix_mood_diary_course on mood_diary_entry (course_id, status, entry_day);
