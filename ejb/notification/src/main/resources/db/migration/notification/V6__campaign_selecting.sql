-- A campaign can be prepared and filled page by page before it sends (SELECTING; SHUT-1, issue 16):
-- a shutdown's people are named by every context for the service (the same ServiceScope answers
-- the disposal uses), which no single query of this context can select.
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
alter table notification_campaign drop constraint ck_notification_campaign_state;
alter table notification_campaign add constraint ck_notification_campaign_state
    check (state in ('SELECTING', 'RUNNING', 'PAUSED', 'FINISHED'));
