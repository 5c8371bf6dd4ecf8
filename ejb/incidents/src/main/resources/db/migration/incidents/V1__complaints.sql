-- Complaints (CMP-1) and their history. Portable SQL: the same file runs on H2 2.2 and
-- PostgreSQL 15. Deadlines are stored as the last working day of each period (China's calendar).

create table complaint (
    complaint_number          varchar(18)   not null,
    complainant               varchar(100)  not null,
    about                     varchar(32)   not null,
    order_number              varchar(18),
    complaint_text            varchar(2000) not null,
    state                     varchar(32)   not null,
    tier                      varchar(32)   not null,
    filed_at                  timestamp(6) with time zone not null,
    customer_service_due_on   date          not null,
    supervisor_due_on         date          not null,
    final_due_on              date          not null,
    information_requested_at  timestamp(6) with time zone,
    information_due_on        date,
    paused_working_days       integer       not null,
    overdue                   boolean       not null,
    answered_at               timestamp(6) with time zone,
    answered_by               varchar(100),
    answer                    varchar(2000),
    resolution                varchar(32),
    closed_at                 timestamp(6) with time zone,
    version                   bigint        not null,
    constraint pk_complaint primary key (complaint_number),
    constraint ck_complaint_about
        check (about in ('ORDER', 'SERVICE', 'RECORDING', 'PRIVACY_REQUEST', 'ANSWER')),
    constraint ck_complaint_order_number
        check (order_number is not null or about not in ('ORDER', 'RECORDING')),
    constraint ck_complaint_state
        check (state in ('OPEN', 'AWAITING_INFORMATION', 'ANSWERED', 'CLOSED')),
    constraint ck_complaint_tier
        check (tier in ('CUSTOMER_SERVICE', 'SUPERVISOR', 'PRIVACY_OFFICE_LEGAL')),
    constraint ck_complaint_periods
        check (customer_service_due_on < supervisor_due_on and supervisor_due_on < final_due_on),
    constraint ck_complaint_paused check (paused_working_days >= 0),
    constraint ck_complaint_information
        check ((state = 'AWAITING_INFORMATION') = (information_requested_at is not null and information_due_on is not null)),
    constraint ck_complaint_answer
        check ((answered_at is null and answered_by is null and answer is null and resolution is null)
            or (answered_at is not null and answered_by is not null and answer is not null and resolution is not null)),
    constraint ck_complaint_answered
        check ((state in ('ANSWERED', 'CLOSED')) = (answered_at is not null)),
    constraint ck_complaint_resolution
        check (resolution is null or resolution in ('UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD')),
    constraint ck_complaint_closed check ((state = 'CLOSED') = (closed_at is not null))
);

create index ix_complaint_complainant on complaint (complainant, filed_at);
create index ix_complaint_state_tier on complaint (state, tier);

create table complaint_entry (
    id               varchar(36)   not null,
    complaint_number varchar(18)   not null,
    seq              integer       not null,
    occurred_at      timestamp(6) with time zone not null,
    actor            varchar(100)  not null,
    kind             varchar(32)   not null,
    tier             varchar(32)   not null,
    note             varchar(2200),
    constraint pk_complaint_entry primary key (id),
    constraint fk_complaint_entry_complaint
        foreign key (complaint_number) references complaint (complaint_number),
    constraint uq_complaint_entry_seq unique (complaint_number, seq),
    constraint ck_complaint_entry_kind
        check (kind in ('FILED', 'ESCALATED', 'INFORMATION_REQUESTED', 'INFORMATION_RECEIVED',
                        'INFORMATION_NOT_RECEIVED', 'REMINDED', 'DEADLINE_MISSED', 'ANSWERED', 'CLOSED')),
    constraint ck_complaint_entry_tier
        check (tier in ('CUSTOMER_SERVICE', 'SUPERVISOR', 'PRIVACY_OFFICE_LEGAL'))
);
