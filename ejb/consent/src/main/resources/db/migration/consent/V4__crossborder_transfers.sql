-- Transfers abroad (DATA-4, Part 2 §IV(3)): planned transfers with their impact assessment, and
-- the append-only ledger of each person's separate consent to a transfer. Portable SQL for H2 2.2
-- and PostgreSQL 15.
create table consent_crossborder_transfer (
    id                   varchar(64)   not null,
    recipient            varchar(200)  not null,
    country              varchar(2)    not null,
    purpose              varchar(1000) not null,
    data_categories      varchar(1000) not null,
    safeguards           varchar(2000) not null,
    state                varchar(16)   not null,
    registered_by        varchar(100)  not null,
    registered_at        timestamp(6) with time zone not null,
    assessment_reference varchar(200),
    assessment_summary   varchar(2000),
    assessed_by          varchar(100),
    assessed_at          timestamp(6) with time zone,
    constraint pk_consent_crossborder_transfer primary key (id),
    constraint ck_consent_crossborder_transfer_state check (state in ('PLANNED', 'ASSESSED', 'REJECTED')),
    -- Information stays in the PRC; a "transfer" to CN is no transfer abroad.
    constraint ck_consent_crossborder_transfer_country check (country <> 'CN'),
    constraint ck_consent_crossborder_transfer_assessed
        check ((state = 'PLANNED') = (assessed_at is null))
);

create sequence consent_crossborder_consent_seq start with 1 increment by 1;

create table consent_crossborder_consent (
    sequence    bigint       not null,
    transfer_id varchar(64)  not null,
    subject_id  varchar(64)  not null,
    action      varchar(16)  not null,
    channel     varchar(32)  not null,
    actor       varchar(64)  not null,
    acted_as    varchar(16)  not null,
    occurred_at timestamp(6) with time zone not null,
    constraint pk_consent_crossborder_consent primary key (sequence),
    constraint fk_consent_crossborder_consent_transfer
        foreign key (transfer_id) references consent_crossborder_transfer (id),
    constraint ck_consent_crossborder_consent_action check (action in ('GIVEN', 'WITHDRAWN')),
    constraint ck_consent_crossborder_consent_acted_as check (acted_as in ('SELF', 'GUARDIAN'))
);

create index ix_consent_crossborder_consent_subject
    on consent_crossborder_consent (subject_id, transfer_id, sequence);
