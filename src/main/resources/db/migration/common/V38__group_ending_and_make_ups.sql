-- The last group session's record for each member present (owned by groups): the signs that low mood is coming back
-- that they named, and the decision about more help where symptoms persist; and a make-up for a missed session: the
-- individual session of the member's course that caught it up.
alter table group_attendance add column relapse_signs varchar(2000);
alter table group_attendance add column referral_decision varchar(30);
alter table group_attendance add column made_up_on date;
alter table group_attendance add column make_up_session_id uuid;
