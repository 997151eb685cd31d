-- The day each member's individual pre-group session was held (owned by groups); what was said in it lives in the
-- member's own course (the session, the questionnaire, the timeline, the inventory, the focal area and the goal).
alter table group_member add column pre_group_on date;
