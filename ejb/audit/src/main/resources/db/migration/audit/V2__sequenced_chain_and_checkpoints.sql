-- The audit trail without a queue (issue 11): an audited transaction only inserts its entry (the
-- facts) and an "unchained" marker; the chainer links committed entries into the hash chain later,
-- one chainer at a time (it locks audit_chain_head), and seals the chain with keyed checkpoints.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15. Existing entries keep their chain.

-- Entry ids come from a sequence (Hibernate takes 50 at a time); they only identify an entry.
-- The chain order is the sequence the chainer assigns in audit_link.
create sequence audit_entry_id_seq start with 1 increment by 50;

create table audit_entry_v2 (
    id            bigint                   not null,
    occurred_at   timestamp with time zone not null,
    actor         varchar(128)             not null,
    action        varchar(128)             not null,
    subject_type  varchar(64)              not null,
    subject_id    varchar(128)             not null,
    detail        varchar(2000)            not null,
    constraint pk_audit_entry_v2 primary key (id)
);

-- The chain: entry at position "sequence" and its hashes. Insert-only, like the entries.
create table audit_link (
    sequence      bigint   not null,
    entry_id      bigint   not null,
    previous_hash char(64) not null,
    hash          char(64) not null,
    constraint pk_audit_link primary key (sequence),
    constraint uk_audit_link_entry unique (entry_id),
    constraint fk_audit_link_entry foreign key (entry_id) references audit_entry_v2 (id),
    constraint ck_audit_link_sequence check (sequence > 0)
);

-- The sequencer's queue (a transparency log's "unsequenced" table): one row per committed entry
-- not yet linked; the chainer deletes a row in the transaction that links its entry. Removing a
-- marker does not hide the entry: verification counts every entry without a link.
create table audit_unchained (
    entry_id      bigint not null,
    constraint pk_audit_unchained primary key (entry_id),
    constraint fk_audit_unchained_entry foreign key (entry_id) references audit_entry_v2 (id)
);

-- Seals: the chain's hash at "sequence", keyed with meike.audit.checkpoint-key (kept out of the
-- database), each linked to the previous checkpoint's mac. Insert-only.
create table audit_checkpoint (
    sequence      bigint                   not null,
    hash          char(64)                 not null,
    sealed_at     timestamp with time zone not null,
    key_id        varchar(32)              not null,
    previous_mac  char(64)                 not null,
    mac           char(64)                 not null,
    constraint pk_audit_checkpoint primary key (sequence)
);

-- Entries written before this migration keep their sequence and hashes; their id is the old
-- sequence negated, so that ids drawn from audit_entry_id_seq (from 1) never meet them.
insert into audit_entry_v2 (id, occurred_at, actor, action, subject_type, subject_id, detail)
select -sequence, occurred_at, actor, action, subject_type, subject_id, detail from audit_entry;

insert into audit_link (sequence, entry_id, previous_hash, hash)
select sequence, -sequence, previous_hash, hash from audit_entry;

drop table audit_entry;
alter table audit_entry_v2 rename to audit_entry;

-- Investigators look entries up by the record they concern.
create index ix_audit_entry_subject on audit_entry (subject_type, subject_id);

-- audit_chain_head stays: its single row is now the sequencer's lock and position, taken only by
-- the chainer (SELECT ... FOR UPDATE), never by an audited transaction.
