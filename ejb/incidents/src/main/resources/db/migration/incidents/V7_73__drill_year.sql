-- The year a drill was raised for (INC-3, issue 14), China calendar. Unique: the hourly check runs
-- on every node of a cluster, and the node that inserts a year's drill starts its process in the
-- same transaction — the other node's insert fails and its transaction, process start included,
-- rolls back. Drills raised before this column existed keep null (several nulls are allowed).
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
alter table incident_drill add column drill_year integer;
alter table incident_drill add constraint uq_incident_drill_year unique (drill_year);
