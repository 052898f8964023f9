-- The audit trail a DPO can read: append-only, chained by hashes, its lines outliving the dossiers they name, the
-- address (IP) of each line kept apart so that forgetting it leaves the line and its hash as they were.

-- A line keeps the id of its dossier after the dossier is purged (the dangling id is the trace): the foreign key goes.
-- Its name differs between H2 and PostgreSQL, so the column is copied, dropped with its key, and put back by name.
drop index audit_event_application_idx;
alter table audit_event add column dossier_id bigint;
update audit_event set dossier_id = application_id;
alter table audit_event drop column application_id;
alter table audit_event rename column dossier_id to application_id;
create index audit_event_application_idx on audit_event (application_id, occurred_at);
create index audit_event_occurred_idx on audit_event (occurred_at);

-- The chain: each line's position, the hash of the line before it and its own (SHA-256 of its fields and the hash
-- before it, see audit/AuditHash). Lines written before this migration have none: they are before the chain's genesis.
alter table audit_event add column chain_seq bigint;
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column line_hash varchar(64);
create unique index audit_event_chain_seq_idx on audit_event (chain_seq);

-- One row: the end of the chain. Locked by every append (select ... for update), so that lines written by concurrent
-- requests still form one line of hashes; genesis_event_id is the last line written before the chain began.
create table audit_chain_head (
    id                  integer       primary key,
    genesis_event_id    bigint        not null,
    last_seq            bigint        not null,
    last_hash           varchar(64)   not null
);
insert into audit_chain_head (id, genesis_event_id, last_seq, last_hash)
    select 1, coalesce(max(id), 0), 0, '0000000000000000000000000000000000000000000000000000000000000000' from audit_event;

-- Where a line came from (the client's address), kept for ieps.audit.ip-retention-days then deleted by a job.
create table audit_event_address (
    event_id            bigint        primary key references audit_event (id),
    address             varchar(45)   not null,
    occurred_at         timestamp     not null
);
create index audit_event_address_time_idx on audit_event_address (occurred_at);
