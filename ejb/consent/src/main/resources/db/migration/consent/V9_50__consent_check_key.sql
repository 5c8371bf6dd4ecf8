-- The consent check as ONE primary-key read of a number (CON-3, issue 11). consent_current was
-- keyed by two strings (subject_id, purpose_code); on H2 such a key is a secondary index in front
-- of the table's own row key, so every check made two B-tree lookups, where the bare JDBC baseline
-- (a bigint key) makes one. The table is rebuilt with a bigint primary key, check_key: for a row
-- written by the application it is a 63-bit hash of the person and the purpose
-- (infrastructure.persistence.readmodel.ConsentCheckKeys, computed in Java, never in SQL); the pair
-- (subject_id, purpose_code) stays unique, and every write still goes by the pair. A check reads
-- the row of the hash and compares the pair it holds; when the row is another pair's (a hash
-- collision: that pair's row took another probe of the hash) or missing, it reads by the pair as
-- before — so the answer never depends on the hash, only its speed does.
--
-- Rows already there get negative keys (no hash: the hash is not computable in portable SQL); the
-- check finds them by the pair (two lookups) until they are keyed again (known-limits).
-- The application's runtime user gets its rights on the new table from the owner's default
-- privileges (.ci/postgresql.sh), as for every table. Portable SQL: H2 2.2 and PostgreSQL 15.

create table consent_check (
    check_key              bigint       not null,
    subject_id             varchar(64)  not null,
    purpose_code           varchar(64)  not null,
    sequence               bigint,
    policy_version         varchar(32),
    action                 varchar(16),
    channel                varchar(32),
    actor                  varchar(64),
    acted_as               varchar(16),
    recorded_by            varchar(100),
    occurred_at            timestamp(6) with time zone,
    child_guardian_id      varchar(64),
    child_basis            varchar(16),
    child_marked_at        timestamp(6) with time zone,
    child_marked_by        varchar(100),
    reconsent_version      varchar(32),
    reconsent_marked_at    timestamp(6) with time zone,
    reconsent_satisfied_at timestamp(6) with time zone,
    reconsent_transfer_id  varchar(36),
    constraint pk_consent_check primary key (check_key),
    constraint uq_consent_check_pair unique (subject_id, purpose_code),
    constraint fk_consent_check_entry foreign key (sequence) references consent_entry (sequence),
    constraint ck_consent_check_action check (action in ('GIVEN', 'WITHDRAWN')),
    constraint ck_consent_check_entry check (
        (sequence is null and policy_version is null and action is null and channel is null
         and actor is null and acted_as is null and recorded_by is null and occurred_at is null)
        or (sequence is not null and policy_version is not null and action is not null
            and channel is not null and actor is not null and acted_as is not null
            and recorded_by is not null and occurred_at is not null))
);

insert into consent_check (check_key, subject_id, purpose_code, sequence, policy_version, action,
                           channel, actor, acted_as, recorded_by, occurred_at, child_guardian_id,
                           child_basis, child_marked_at, child_marked_by, reconsent_version,
                           reconsent_marked_at, reconsent_satisfied_at, reconsent_transfer_id)
select -row_number() over (order by subject_id, purpose_code), subject_id, purpose_code, sequence,
       policy_version, action, channel, actor, acted_as, recorded_by, occurred_at,
       child_guardian_id, child_basis, child_marked_at, child_marked_by, reconsent_version,
       reconsent_marked_at, reconsent_satisfied_at, reconsent_transfer_id
  from consent_current;

drop table consent_current;

alter table consent_check rename to consent_current;
