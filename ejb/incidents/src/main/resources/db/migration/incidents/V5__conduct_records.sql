-- Conduct records (RET-3, privacy policy Part 2 §IV(二)3): a finding that a person seriously violated
-- laws or the platform agreement (SERIOUS_VIOLATION) and the platform credit record that follows
-- from it (CREDIT_RECORD). Kept permanently: retention is always PERMANENT and the reason is stated
-- in the row; no retention job or erasure touches this table (the person's erasure names them as
-- kept, with the reason). The finding is sealed with meike.incidents.field-key; the account id and
-- the rule violated are in clear (the record is about the account). On PostgreSQL the application's
-- user may not update or delete rows (db/migration-postgresql/incidents).
create table incidents_conduct_record (
    id                varchar(36)    not null,
    account_id        varchar(64)    not null,
    kind              varchar(24)    not null,
    complaint_number  varchar(32),
    rule_violated     varchar(500)   not null,
    finding_sealed    varchar(6000)  not null,
    recorded_by       varchar(100)   not null,
    recorded_at       timestamp(6) with time zone not null,
    retention         varchar(16)    not null,
    retention_reason  varchar(500)   not null,
    constraint pk_incidents_conduct_record primary key (id),
    constraint ck_incidents_conduct_record_kind check (kind in ('SERIOUS_VIOLATION', 'CREDIT_RECORD')),
    constraint ck_incidents_conduct_record_retention check (retention = 'PERMANENT')
);

create index ix_incidents_conduct_record_account on incidents_conduct_record (account_id, recorded_at);
