-- The interpersonal inventory: one row per significant relationship of a course's client.
create table inventory_relationship (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    client_id uuid not null references client (id),
    alias varchar(100) not null,
    role varchar(20) not null,
    ring varchar(10) not null,
    contact varchar(2000),
    satisfying varchar(2000),
    unsatisfying varchar(2000),
    discussable varchar(2000),
    confiding varchar(10) not null,
    client_expectations varchar(2000),
    other_expectations varchar(2000),
    expectations_met varchar(10) not null,
    conflicts varchar(2000),
    knows_about_depression varchar(10) not null,
    wishes_to_change varchar(2000),
    changed_near_onset varchar(10) not null,
    onset_change varchar(2000),
    deceased boolean not null,
    deceased_when varchar(100),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint ck_inventory_relationship_ring check (ring in ('INNER', 'MIDDLE', 'OUTER'))
);
create index ix_inventory_relationship_course on inventory_relationship (course_id, created_at);

-- A version of the inventory kept as it was (the intake version): a copy of every relationship row at that time.
create table inventory_snapshot (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id uuid not null references course (id),
    label varchar(20) not null,
    taken_at timestamp with time zone not null,
    taken_by uuid not null references user_account (id),
    version bigint not null,
    constraint uq_inventory_snapshot_label unique (course_id, label)
);
create index ix_inventory_snapshot_course on inventory_snapshot (course_id);

create table inventory_snapshot_relationship (
    snapshot_id uuid not null references inventory_snapshot (id),
    relationship_id uuid not null,
    alias varchar(100) not null,
    role varchar(20) not null,
    ring varchar(10) not null,
    contact varchar(2000),
    satisfying varchar(2000),
    unsatisfying varchar(2000),
    discussable varchar(2000),
    confiding varchar(10) not null,
    client_expectations varchar(2000),
    other_expectations varchar(2000),
    expectations_met varchar(10) not null,
    conflicts varchar(2000),
    knows_about_depression varchar(10) not null,
    wishes_to_change varchar(2000),
    changed_near_onset varchar(10) not null,
    onset_change varchar(2000),
    deceased boolean not null,
    deceased_when varchar(100),
    created_at timestamp with time zone not null,
    primary key (snapshot_id, relationship_id)
);
