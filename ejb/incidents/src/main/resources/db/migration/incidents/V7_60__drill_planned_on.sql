-- An overdue drill (INC-3, issue 14): the privacy office records when it will be held (or was
-- held) in its Tasklist task. Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
alter table incident_drill add column planned_on date;
