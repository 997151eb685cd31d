-- A session sent from a form carries the key of the form the clinician opened: the same key again (a double click,
-- a proxy's retry, two at the same moment) is the same session. Sessions written otherwise (a group session's
-- members, the demo) have none; several nulls do not collide.
alter table course_session add column submission_key uuid;
create unique index uq_course_session_submission on course_session (course_id, submission_key);
