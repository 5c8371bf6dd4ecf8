-- Issue 11: the look-up by subject (audit_subject) is written behind the chain, in large batches,
-- instead of in every chainer step. Its key starts with the subject, so each row lands in another
-- b-tree page: written step by step (500 entries), almost every entry rewrote a page of its own at
-- the step's commit — on H2 three quarters of the chainer's work per entry. Written for tens of
-- thousands of linked entries at once, pages are shared. Portable SQL: H2 2.2 and PostgreSQL 15.

-- How far the look-up rows go: every link up to this sequence has its row. The chainer moves it
-- forward, under the head's lock, in the transaction that writes the rows.
alter table audit_chain_head add column subject_indexed_sequence bigint default 0 not null;
update audit_chain_head set subject_indexed_sequence = last_sequence;

-- The investigators' look-up, as before every entry about a record, linked or still queued, each
-- once: the look-up rows, the linked entries beyond them (a range of the chain by sequence), and
-- the queued ones.
create or replace view audit_entry_by_subject as
select e.subject_type, e.subject_id, e.id as entry_id
from audit_subject s
join audit_entry e on e.id = s.entry_id and e.subject_type = s.subject_type and e.subject_id = s.subject_id
union
select e.subject_type, e.subject_id, e.id
from audit_chain_head h
join audit_link l on l.sequence > h.subject_indexed_sequence
join audit_entry e on e.id = l.entry_id
union
select e.subject_type, e.subject_id, e.id
from audit_unchained u
join audit_entry e on e.id = u.entry_id;
