-- The clinician may also show the client their closeness circle, the timeline picture, the worksheets of the
-- sessions and the questionnaire chart (owned by portal); none is shown until chosen.
alter table portal_sharing add column closeness_circle boolean default false not null;
alter table portal_sharing add column timeline boolean default false not null;
alter table portal_sharing add column worksheets boolean default false not null;
alter table portal_sharing add column charts boolean default false not null;
