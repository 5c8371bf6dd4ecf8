-- Hand-over attempts of an outbox row that the broker would not take (issue 20): the relay counts
-- a failed hand-over of the message on its own, waits before the next (next_attempt_at, doubling),
-- and after meike.partner.relay-max-attempts records it as a dead letter (dead_at, with the cause
-- in relay_failure) instead of retrying it for ever; the sweep passes over it, operations see it at
-- GET /api/partner-messages/dead-letters. Portable SQL (H2 2.2 and PostgreSQL 15).
alter table partner_outbox add column relay_attempts integer default 0 not null;
alter table partner_outbox add column next_attempt_at timestamp(6) with time zone;
alter table partner_outbox add column relay_failure varchar(500);
alter table partner_outbox add column dead_at timestamp(6) with time zone;
create index ix_partner_outbox_dead on partner_outbox (dead_at);
