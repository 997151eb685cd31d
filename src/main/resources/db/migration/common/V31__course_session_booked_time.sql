-- Reminders look up the sessions booked on a day across all courses (owned by course).
create index ix_course_session_scheduled on course_session (scheduled_at);
