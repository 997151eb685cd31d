create table organisation (
    id uuid primary key,
    name varchar(200) not null,
    time_zone varchar(64) not null,
    demo boolean not null default false,
    created_at timestamp with time zone not null,
    version bigint not null
);

create table user_account (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    email varchar(254) not null,
    display_name varchar(200) not null,
    password_hash varchar(200) not null,
    role varchar(20) not null,
    lay_counsellor boolean not null default false,
    supervisor_id uuid references user_account (id),
    preferred_language varchar(10),
    enabled boolean not null default true,
    failed_logins integer not null default 0,
    locked_until timestamp with time zone,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_user_account_email unique (email)
);
create index ix_user_account_organisation on user_account (organisation_id, role);
create index ix_user_account_supervisor on user_account (supervisor_id);
