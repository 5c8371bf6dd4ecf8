-- The consent check as one primary-key read (CON-3, issue 11): consent_current gets, in each row,
-- the facts about the person the answer depends on besides the entry in force — the child status
-- (copied from consent_child_status) and the latest re-consent requirement (copied from
-- consent_reconsent_requirement: the latest marked, then the highest version) — and a person has a
-- row for every purpose of the catalogue from their first ledger entry or child marking on, with
-- null entry columns for a purpose they have not acted on. Every change to an entry, a child
-- status or a requirement updates the person's rows in the same transaction
-- (infrastructure.persistence.jpa.ConsentCurrentRows); the ledger, the child register and the
-- requirements stay the record, and this table can be rebuilt from them with the statements below.
-- No new table: the application's runtime user keeps SELECT, INSERT and UPDATE on consent_current
-- from the owner's default privileges (.ci/postgresql.sh). Portable SQL: the same file runs on H2
-- 2.2 and PostgreSQL 15.

alter table consent_current alter column sequence drop not null;
alter table consent_current alter column policy_version drop not null;
alter table consent_current alter column action drop not null;
alter table consent_current alter column channel drop not null;
alter table consent_current alter column actor drop not null;
alter table consent_current alter column acted_as drop not null;
alter table consent_current alter column recorded_by drop not null;
alter table consent_current alter column occurred_at drop not null;

alter table consent_current add column child_guardian_id varchar(64);
alter table consent_current add column child_basis varchar(16);
alter table consent_current add column child_marked_at timestamp(6) with time zone;
alter table consent_current add column child_marked_by varchar(100);
alter table consent_current add column reconsent_version varchar(32);
alter table consent_current add column reconsent_marked_at timestamp(6) with time zone;
alter table consent_current add column reconsent_satisfied_at timestamp(6) with time zone;
alter table consent_current add column reconsent_transfer_id varchar(36);

-- An entry's columns are all there or all null (a row without an entry yet).
alter table consent_current add constraint ck_consent_current_entry check (
    (sequence is null and policy_version is null and action is null and channel is null
     and actor is null and acted_as is null and recorded_by is null and occurred_at is null)
    or (sequence is not null and policy_version is not null and action is not null
        and channel is not null and actor is not null and acted_as is not null
        and recorded_by is not null and occurred_at is not null));

-- Rows for every purpose of everyone the ledger or the child register knows.
insert into consent_current (subject_id, purpose_code)
select s.subject_id, p.code
  from (select subject_id from consent_current
        union
        select subject_id from consent_child_status) s
 cross join consent_purpose p
 where not exists (select 1 from consent_current c
                    where c.subject_id = s.subject_id and c.purpose_code = p.code);

update consent_current c
   set (child_guardian_id, child_basis, child_marked_at, child_marked_by) =
       (select ch.guardian_id, ch.basis, ch.marked_at, ch.marked_by
          from consent_child_status ch where ch.subject_id = c.subject_id)
 where exists (select 1 from consent_child_status ch where ch.subject_id = c.subject_id);

update consent_current c
   set (reconsent_version, reconsent_marked_at, reconsent_satisfied_at, reconsent_transfer_id) =
       (select r.policy_version, r.marked_at, r.satisfied_at, r.data_holder_transfer_id
          from consent_reconsent_requirement r where r.subject_id = c.subject_id
         order by r.marked_at desc, r.policy_version desc fetch first 1 rows only)
 where exists (select 1 from consent_reconsent_requirement r where r.subject_id = c.subject_id);
