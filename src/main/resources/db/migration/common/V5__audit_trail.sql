create table audit_record (
    id uuid primary key,
    occurred_at timestamp with time zone not null,
    organisation_id uuid,
    user_id uuid,
    user_role varchar(20),
    client_id uuid,
    action varchar(20) not null,
    object_type varchar(40) not null,
    object_id uuid,
    outcome varchar(20) not null,
    detail varchar(500)
);
create index ix_audit_client on audit_record (organisation_id, client_id, occurred_at);
create index ix_audit_object on audit_record (object_id, occurred_at);
