-- Key epochs (DSR-8, REC-5): a recording's data key is wrapped under the key of a time-boxed epoch
-- (one per day, China time, of wrapping; one per held order while legal holds cover it), and that
-- key lives only here, sealed under the recording master key set, never beside the audio. When
-- every recording of an epoch is destroyed and the epoch closed at least a retention period ago,
-- the sweep sets sealed_key to null (destroyed_at says when): no backup of the audio store, nor
-- the database as it is now, can then unwrap those recordings. recording.key_epoch names the epoch
-- that wraps each recording's data key (null: written before the epochs, wrapped under the master
-- key until the sweep wraps it again). sealed_key is Base64 of the sealed bytes.
-- The application user gets its rights on the new table from the owner's default privileges.
-- Portable SQL: H2 2.2 and PostgreSQL 15.

create table recording_key_epoch (
    id            varchar(32)  not null,
    kind          varchar(8)   not null,
    order_number  varchar(18),
    opens_at      timestamp(6) with time zone not null,
    closes_at     timestamp(6) with time zone,
    sealed_key    varchar(200),
    destroyed_at  timestamp(6) with time zone,
    constraint pk_recording_key_epoch primary key (id),
    constraint ck_recording_key_epoch_kind check (kind in ('DAY', 'HOLD')),
    constraint ck_recording_key_epoch_day
        check (kind = 'HOLD' or (closes_at is not null and order_number is null)),
    constraint ck_recording_key_epoch_hold check (kind = 'DAY' or order_number is not null),
    constraint ck_recording_key_epoch_destroyed
        check ((sealed_key is null) = (destroyed_at is not null))
);

create index ix_recording_key_epoch_hold on recording_key_epoch (order_number, closes_at);
create index ix_recording_key_epoch_closes on recording_key_epoch (closes_at);

alter table recording add column key_epoch varchar(32);

create index ix_recording_key_epoch on recording (key_epoch, status);
