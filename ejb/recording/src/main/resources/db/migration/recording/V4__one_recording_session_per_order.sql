-- At most one recording session per order (REC-1). Arrivals for one order are decided one after
-- the other under a row lock on the order's arrival lock (created on its first arrival), and the
-- database refuses a second recording session of an order outright: "recording_order" holds the
-- order number while the session records and is null otherwise; nulls never collide in a unique
-- constraint, neither on H2 nor on PostgreSQL (no partial index needed).
-- Portable SQL: H2 2.2 and PostgreSQL 15.

create table recording_order_lock (
    order_number varchar(18) not null,
    created_at   timestamp(6) with time zone not null,
    constraint pk_recording_order_lock primary key (order_number)
);

alter table recording_session add column recording_order varchar(18);

update recording_session set recording_order = order_number where state = 'RECORDING';

alter table recording_session add constraint uq_recording_session_recording_order unique (recording_order);

alter table recording_session add constraint ck_recording_session_recording_order
    check ((state = 'RECORDING') = (recording_order is not null)
        and (recording_order is null or recording_order = order_number));
