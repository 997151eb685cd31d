-- The client's answer to the formulation their clinician shared in the portal (owned by formulation): ACCEPTED (the
-- acceptance the initial phase needs) or WANTS_TO_TALK, and when. It goes when the words change.
alter table formulation add column client_response varchar(20);
alter table formulation add column client_responded_at timestamp with time zone;
