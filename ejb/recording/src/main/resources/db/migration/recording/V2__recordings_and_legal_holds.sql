-- Stored recordings and their retention (REC-5, REC-6, REC-10). A recording row outlives its
-- audio: destroyed and failed are states, not missing rows. "held" mirrors whether an active legal
-- hold covers the recording's order; placing a hold and claiming a recording for destruction both
-- update the row, so the database serializes them and a held recording is never claimed.
-- Portable SQL: H2 2.2 and PostgreSQL 15.

create table recording (
    id             varchar(36)  not null,
    order_number   varchar(18)  not null,
    status         varchar(16)  not null,
    started_at     timestamp(6) with time zone not null,
    ended_at       timestamp(6) with time zone,
    failure_cause  varchar(32),
    held           boolean      not null,
    claimed_at     timestamp(6) with time zone,
    destroyed_at   timestamp(6) with time zone,
    version        bigint       not null,
    constraint pk_recording primary key (id),
    constraint ck_recording_status
        check (status in ('RECORDING', 'ENDED', 'FAILED', 'DESTROYING', 'DESTROYED')),
    constraint ck_recording_failure
        check ((status = 'FAILED') = (failure_cause is not null) or status in ('DESTROYING', 'DESTROYED')),
    constraint ck_recording_ended
        check (status = 'RECORDING' or ended_at is not null)
);

create index ix_recording_order on recording (order_number);
create index ix_recording_retention on recording (status, ended_at);

create table recording_legal_hold (
    id            varchar(36)   not null,
    order_number  varchar(18)   not null,
    reason        varchar(1000) not null,
    placed_by     varchar(100)  not null,
    placed_at     timestamp(6) with time zone not null,
    released_by   varchar(100),
    released_at   timestamp(6) with time zone,
    version       bigint        not null,
    constraint pk_recording_legal_hold primary key (id),
    constraint ck_recording_legal_hold_release
        check ((released_by is null) = (released_at is null))
);

create index ix_recording_legal_hold_order on recording_legal_hold (order_number, released_at);
