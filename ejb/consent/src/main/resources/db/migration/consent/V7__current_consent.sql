-- The consent check's read model (CON-3): the entry in force per person and purpose, i.e. a copy
-- of the ledger's latest entry (highest sequence) for the pair. Written in the same transaction as
-- every ledger entry (JpaConsentEntryRepository.append), so a withdrawal is what the very next
-- check reads; the ledger (consent_entry) stays the proof and this table can be rebuilt from it
-- with the insert below at any time. The application's runtime user needs SELECT, INSERT and
-- UPDATE here (never DELETE). Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.

create table consent_current (
    subject_id     varchar(64)  not null,
    purpose_code   varchar(64)  not null,
    sequence       bigint       not null,
    policy_version varchar(32)  not null,
    action         varchar(16)  not null,
    channel        varchar(32)  not null,
    actor          varchar(64)  not null,
    acted_as       varchar(16)  not null,
    recorded_by    varchar(100) not null,
    occurred_at    timestamp(6) with time zone not null,
    constraint pk_consent_current primary key (subject_id, purpose_code),
    constraint fk_consent_current_entry foreign key (sequence) references consent_entry (sequence),
    constraint ck_consent_current_action check (action in ('GIVEN', 'WITHDRAWN'))
);

-- Backfill from the ledger as it stands: the latest entry of every person and purpose.
insert into consent_current (subject_id, purpose_code, sequence, policy_version, action, channel,
                             actor, acted_as, recorded_by, occurred_at)
select e.subject_id, e.purpose_code, e.sequence, e.policy_version, e.action, e.channel,
       e.actor, e.acted_as, e.recorded_by, e.occurred_at
  from consent_entry e
 where e.sequence = (select max(l.sequence) from consent_entry l
                      where l.subject_id = e.subject_id and l.purpose_code = e.purpose_code);
