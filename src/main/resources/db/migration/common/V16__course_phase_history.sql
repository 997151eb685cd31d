-- The date each phase of a course began, so charts and schedules can place "end of the initial phase" and the
-- other milestones in time. Written by every move from now on. For courses moved before this table existed only
-- what the course row already dates can be filled in: an early end (exit date) and a move made with an override.
create table course_phase_entered (
    course_id uuid not null references course (id),
    phase varchar(20) not null,
    entered_on date not null,
    primary key (course_id, phase)
);

insert into course_phase_entered (course_id, phase, entered_on)
select id, phase, exit_date from course where exit_date is not null and phase in ('DROPPED_OUT', 'REFERRED_ON');

insert into course_phase_entered (course_id, phase, entered_on)
select id, override_to, overridden_on from course
where override_to is not null and overridden_on is not null;
