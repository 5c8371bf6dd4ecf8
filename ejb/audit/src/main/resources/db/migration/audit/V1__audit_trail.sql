-- The audit trail (AUD-1): append-only entries linked by SHA-256 hash, and the head of the chain.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.
-- In production the application's runtime user gets only SELECT, INSERT on audit_entry and
-- SELECT, UPDATE on audit_chain_head (see the package documentation of audit.domain.trail).

create table audit_entry (
    sequence      bigint                   not null,
    occurred_at   timestamp with time zone not null,
    actor         varchar(128)             not null,
    action        varchar(128)             not null,
    subject_type  varchar(64)              not null,
    subject_id    varchar(128)             not null,
    detail        varchar(2000)            not null,
    previous_hash char(64)                 not null,
    hash          char(64)                 not null,
    constraint pk_audit_entry primary key (sequence),
    constraint ck_audit_entry_sequence check (sequence > 0)
);

-- Investigators look entries up by the record they concern.
create index ix_audit_entry_subject on audit_entry (subject_type, subject_id);

-- One row, locked by every appender: it serialises appends so the chain stays linear.
create table audit_chain_head (
    id            integer  not null,
    last_sequence bigint   not null,
    last_hash     char(64) not null,
    constraint pk_audit_chain_head primary key (id),
    constraint ck_audit_chain_head_single_row check (id = 1)
);

insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
