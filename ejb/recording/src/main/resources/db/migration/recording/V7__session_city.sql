-- The city of a recording session (SHUT-1, issue 16): recorded at arrival from the order, so that a
-- city's service that shuts down finds its sessions and recordings in the recording context's own
-- tables (no query across contexts). Sessions from before this column have none: a city's shutdown
-- does not find them (their recordings leave by the retention sweep; docs/known-limits.md).
alter table recording_session add column city varchar(64);
create index ix_recording_session_city_customer on recording_session (city, customer_id);
create index ix_recording_session_city_beautician on recording_session (city, beautician_id);
