-- A fee for a repeated or excessive data-subject request (DSR-6, policy Part 2 §V, issue 15): the
-- amount in CNY, the reason (sealed with meike.rights.field-key like the answer), who charged it
-- and when, the last instant to accept it, the acceptance, and the working days the answer clock
-- had left when it paused. Two new states: AWAITING_FEE (open, clock paused) and FEE_LAPSED
-- (closed: not accepted in time). Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
alter table rights_request add column fee_amount numeric(10, 2);
alter table rights_request add column fee_reason_sealed varchar(3000);
alter table rights_request add column fee_charged_by varchar(100);
alter table rights_request add column fee_charged_at timestamp(6) with time zone;
alter table rights_request add column fee_due_at timestamp(6) with time zone;
alter table rights_request add column fee_accepted_at timestamp(6) with time zone;
alter table rights_request add column paused_working_days_left integer;

alter table rights_request drop constraint ck_rights_request_state;
alter table rights_request add constraint ck_rights_request_state
    check (state in ('AWAITING_VERIFICATION', 'IN_PROGRESS', 'AWAITING_FEE', 'FULFILLED', 'REFUSED',
                     'NOT_VERIFIED', 'FEE_LAPSED'));
alter table rights_request add constraint ck_rights_request_fee
    check (fee_amount is null or fee_amount > 0);
