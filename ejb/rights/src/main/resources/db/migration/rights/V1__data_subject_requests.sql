-- Data-subject requests (DSR-1..6, ID-7): who asked about whom, through which channel, the kind
-- (a deletion names its ground), verification and the answer clock on the PRC working-day
-- calendar, the answer or the refusal with its named ground. The person's details, the answer and
-- a refusal's reason are sealed with meike.rights.field-key (AES-256-GCM, Base64); nothing else
-- here is personal beyond the account ids. The application's user receives its privileges from the
-- schema owner's default privileges (.ci/postgresql.sh), like every context's tables.
create table rights_request (
    id                 varchar(36)   not null,
    subject_id         varchar(64)   not null,
    requested_by       varchar(100)  not null,
    channel            varchar(16)   not null,
    kind               varchar(16)   not null,
    deletion_ground    varchar(32),
    details_sealed     varchar(6000),
    verification       varchar(16)   not null,
    repeated           boolean       not null,
    state              varchar(24)   not null,
    received_at        timestamp(6) with time zone not null,
    verified_at        timestamp(6) with time zone,
    verified_by        varchar(100),
    last_day           date,
    due_at             timestamp(6) with time zone,
    remind_at          timestamp(6) with time zone,
    escalate_at        timestamp(6) with time zone,
    escalated          boolean       not null,
    overdue            boolean       not null,
    refusal_ground     varchar(32),
    answer_sealed      varchar(6000),
    answered_by        varchar(100),
    answered_at        timestamp(6) with time zone,
    deletion_order_id  varchar(36),
    complaint_number   varchar(32),
    row_version        integer       not null,
    constraint pk_rights_request primary key (id),
    constraint ck_rights_request_kind
        check (kind in ('ACCESS', 'CORRECTION', 'DELETION', 'CANCELLATION', 'EXPLANATION')),
    constraint ck_rights_request_channel check (channel in ('APP', 'GUARDIAN', 'PHONE')),
    constraint ck_rights_request_state
        check (state in ('AWAITING_VERIFICATION', 'IN_PROGRESS', 'FULFILLED', 'REFUSED', 'NOT_VERIFIED')),
    constraint ck_rights_request_ground check ((kind = 'DELETION') = (deletion_ground is not null)),
    constraint ck_rights_request_refusal check ((state = 'REFUSED') = (refusal_ground is not null))
);

create index ix_rights_request_subject on rights_request (subject_id, received_at);
create index ix_rights_request_requester on rights_request (requested_by, received_at);

-- The access package (DSR-1): sealed JSON, downloadable once; the download erases the ciphertext.
create table rights_access_package (
    request_id      varchar(36)       not null,
    sealed_content  varchar(1000000),
    sha256          varchar(64)       not null,
    size_bytes      bigint            not null,
    built_at        timestamp(6) with time zone not null,
    downloaded_at   timestamp(6) with time zone,
    constraint pk_rights_access_package primary key (request_id),
    constraint fk_rights_access_package_request foreign key (request_id) references rights_request (id)
);

-- What each context did for a deletion or cancellation: counts, and what it keeps and why (RET-2).
create table rights_erasure_record (
    id               varchar(36)    not null,
    request_id       varchar(36)    not null,
    context_name     varchar(32)    not null,
    deleted_rows     integer        not null,
    anonymised_rows  integer        not null,
    kept             varchar(2000),
    erased_at        timestamp(6) with time zone not null,
    constraint pk_rights_erasure_record primary key (id),
    constraint fk_rights_erasure_record_request foreign key (request_id) references rights_request (id)
);

create index ix_rights_erasure_record_request on rights_erasure_record (request_id);
