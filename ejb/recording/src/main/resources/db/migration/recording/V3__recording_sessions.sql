-- Recording sessions (REC-1, REC-2, REC-10) and the app versions they depend on. A session that did
-- not start or failed is a row with its reason or cause, never a missing row. The audio of a
-- session is stored under the session's id, which is also its row in "recording" (retention).
-- Portable SQL: H2 2.2 and PostgreSQL 15.

create table recording_session (
    id                     varchar(36)  not null,
    order_number           varchar(18)  not null,
    beautician_id          varchar(100) not null,
    customer_id            varchar(100) not null,
    state                  varchar(16)  not null,
    not_started_reason     varchar(32),
    failure_cause          varchar(16),
    customer_consent       varchar(16),
    implied_told_by        varchar(100),
    implied_told_at        timestamp(6) with time zone,
    beautician_app_version varchar(32)  not null,
    customer_app_version   varchar(32),
    arrived_at             timestamp(6) with time zone not null,
    stopped_at             timestamp(6) with time zone,
    stop_reason            varchar(16),
    next_chunk             integer      not null,
    segment_count          bigint       not null,
    audio_bytes            bigint       not null,
    sealed                 boolean      not null,
    version                bigint       not null,
    constraint pk_recording_session primary key (id),
    constraint ck_recording_session_state
        check (state in ('NOT_STARTED', 'RECORDING', 'STOPPED', 'FAILED')),
    constraint ck_recording_session_not_started
        check ((state = 'NOT_STARTED') = (not_started_reason is not null)),
    constraint ck_recording_session_failure
        check ((state = 'FAILED') = (failure_cause is not null)),
    constraint ck_recording_session_stop
        check ((state = 'STOPPED') = (stop_reason is not null)),
    constraint ck_recording_session_consent
        check ((state = 'NOT_STARTED') = (customer_consent is null)),
    constraint ck_recording_session_implied
        check ((customer_consent = 'IMPLIED') = (implied_told_by is not null and implied_told_at is not null)
            or customer_consent is null),
    constraint ck_recording_session_counts
        check (next_chunk >= 0 and segment_count >= 0 and audio_bytes >= 0)
);

create index ix_recording_session_order on recording_session (order_number, state);
create index ix_recording_session_state on recording_session (state, arrived_at);

create table recording_app_version (
    account_id   varchar(100) not null,
    app_version  varchar(32)  not null,
    reported_at  timestamp(6) with time zone not null,
    constraint pk_recording_app_version primary key (account_id)
);
