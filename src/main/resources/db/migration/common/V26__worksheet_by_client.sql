-- A worksheet the client wrote themself in the portal (owned by worksheet): their communication diary, prepared
-- before a session. Marked so wherever it is shown.
alter table worksheet add column by_client boolean default false not null;
