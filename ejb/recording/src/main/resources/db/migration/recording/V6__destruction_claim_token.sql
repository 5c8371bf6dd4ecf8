-- A destruction claim names the sweep batch that made it (REC-5): the node that claimed a batch
-- finds its recordings again by this token, never by comparing clock readings (claimed_at keeps
-- microseconds, a clock reading may have nanoseconds: on H2 the batched sweep of 4031540 found
-- nothing it had claimed and left the batch DESTROYING). A claim taken over after the timeout gets a
-- new token, so a node that only seemed dead no longer acts on the batch.
-- Portable SQL: H2 2.2 and PostgreSQL 15.

alter table recording add column claim_token varchar(36);
