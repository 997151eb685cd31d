create table client (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    display_name varchar(200) not null,
    search_name varchar(200) not null,
    birth_year integer,
    email varchar(254),
    preferred_language varchar(10),
    external_record_number varchar(100),
    assigned_clinician_id uuid references user_account (id),
    user_account_id uuid references user_account (id),
    created_at timestamp with time zone not null,
    version bigint not null
);
create index ix_client_organisation_name on client (organisation_id, search_name);
create index ix_client_clinician on client (assigned_clinician_id, search_name);
create index ix_client_user_account on client (user_account_id);
