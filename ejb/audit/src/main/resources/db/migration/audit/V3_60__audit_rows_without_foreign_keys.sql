-- Issue 11: an audited transaction writes less. It inserts its entry and the chainer's marker and
-- nothing else; what only serves reading later is written by the chainer, in bulk, when it links
-- the entry. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

-- The two foreign keys cost a look-up of the entry (on PostgreSQL a trigger and a row lock on
-- audit_entry, written to the WAL) for every marker an audited transaction inserts and every link
-- the chainer inserts, and protect nothing the chain does not: the trail writes an entry with its
-- marker, the chainer links only entries it has just read, and verification walks the links in
-- sequence, so a link whose entry was deleted shows as a sequence gap and an entry without a link
-- is counted as not chained. uk_audit_link_entry (one link per entry) stays.
alter table audit_unchained drop constraint fk_audit_unchained_entry;
alter table audit_link drop constraint fk_audit_link_entry;

-- Investigators look entries up by the record they concern. That index was maintained by every
-- audited transaction (on H2 one more b-tree written at each commit); the chainer now adds the
-- look-up row in the step that links the entry (one statement per step), so an entry can be found
-- by its subject here within a chainer interval, and among the queued ones until then (the view
-- below gives both). Insert-only, like the chain.
create table audit_subject (
    subject_type  varchar(64)  not null,
    subject_id    varchar(128) not null,
    entry_id      bigint       not null,
    constraint pk_audit_subject primary key (subject_type, subject_id, entry_id)
);

insert into audit_subject (subject_type, subject_id, entry_id)
select e.subject_type, e.subject_id, e.id from audit_entry e
where exists (select 1 from audit_link l where l.entry_id = e.id);

drop index ix_audit_entry_subject;

-- The investigators' look-up: every entry about a record, linked or still queued, each once. The
-- subject is the entry's own, so a look-up row the application's user inserted with another
-- subject shows nothing. (An entry whose queue marker was deleted is never linked and not found
-- here; verification counts it as not chained.)
create view audit_entry_by_subject as
select e.subject_type, e.subject_id, e.id as entry_id
from audit_subject s
join audit_entry e on e.id = s.entry_id and e.subject_type = s.subject_type and e.subject_id = s.subject_id
union
select e.subject_type, e.subject_id, e.id
from audit_unchained u
join audit_entry e on e.id = u.entry_id;
