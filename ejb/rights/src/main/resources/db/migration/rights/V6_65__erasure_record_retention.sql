-- Erasure records' retention (RET-1, issue 15): RequestRetention.deleteErasures deletes the records
-- written longer ago than meike.retention.erasure-record-days, oldest first; this index serves its
-- due query. (Shutdowns are few; their retention needs no index.) Portable SQL: the same file runs
-- on H2 2.2 and PostgreSQL 15.
create index ix_rights_erasure_record_erased_at on rights_erasure_record (erased_at);
