-- A tamper-evident audit trail (owned by audit). Audit rows are written as before; a sealing job then chains each
-- one, in the order it seals them, to the one before: its seal holds SHA-256 of the previous seal's hash and the
-- row's every column. Changing or removing a sealed row, or a seal, breaks the chain from there on, and the
-- verification names the first broken seal. The head row holds the chain's end and is locked while sealing, so that
-- nodes sealing at the same time take turns.
create table audit_seal (
    sequence bigint primary key,
    audit_id uuid not null,
    chain_hash varchar(64) not null,
    sealed_at timestamp with time zone not null,
    constraint uq_audit_seal_record unique (audit_id)
);

create table audit_chain_head (
    id integer primary key,
    sequence bigint not null,
    chain_hash varchar(64) not null,
    sealed_up_to timestamp with time zone
);
insert into audit_chain_head (id, sequence, chain_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create index ix_audit_occurred on audit_record (occurred_at);
