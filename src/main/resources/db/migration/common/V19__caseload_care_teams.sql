-- Care teams: who treats a client, as memberships with a kind (the responsible clinician, co-clinicians, group
-- facilitators), each with the day it began and, once ended, the day it ended and why. The history is kept.
-- active_clinician_id holds clinician_id while the membership is active and null once it ended, and
-- responsible_client_id holds client_id only on the active responsible membership: the unique constraints on them
-- make "one clinician once per team" and "exactly one responsible clinician" hold in the database, so that two
-- handovers saved at the same moment cannot both succeed.
create table care_team_membership (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    client_id uuid not null references client (id),
    clinician_id uuid not null references user_account (id),
    kind varchar(30) not null,
    started_on date not null,
    start_reason varchar(1000),
    started_by uuid references user_account (id),
    ended_on date,
    end_reason varchar(1000),
    ended_by uuid references user_account (id),
    active_clinician_id uuid,
    responsible_client_id uuid,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_care_team_active_member unique (client_id, active_clinician_id),
    constraint uq_care_team_responsible unique (responsible_client_id)
);
create index ix_care_team_client on care_team_membership (client_id);
create index ix_care_team_active_clinician on care_team_membership (active_clinician_id, client_id);

-- Every client assigned to a clinician so far: that clinician is its responsible clinician since it was registered.
-- (A client had one assignment, so the client's id is free to be the membership's id.)
insert into care_team_membership (id, organisation_id, client_id, clinician_id, kind, started_on, active_clinician_id,
    responsible_client_id, created_at, version)
select id, organisation_id, id, assigned_clinician_id, 'RESPONSIBLE_CLINICIAN', cast(created_at as date),
    assigned_clinician_id, id, created_at, 0
from client where assigned_clinician_id is not null;

drop index ix_client_clinician;
alter table client drop column assigned_clinician_id;

-- Emergency access ("break the glass"): a clinician of the organisation outside the care team opened the record,
-- with a reason, for a limited time. Audit rows written under it carry its id.
create table emergency_access (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    client_id uuid not null references client (id),
    clinician_id uuid not null references user_account (id),
    reason varchar(1000) not null,
    started_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create index ix_emergency_access_clinician on emergency_access (clinician_id, client_id, expires_at);
create index ix_emergency_access_organisation on emergency_access (organisation_id, started_at);

alter table audit_record add column emergency_access_id uuid;
create index ix_audit_emergency on audit_record (organisation_id, emergency_access_id);
