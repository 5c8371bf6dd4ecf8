-- Authorities' disclosure requests (DISC-1, DISC-1a, DISC-2, REC-9): the legal document's facts,
-- the subject and the requested scope, the screening and legal review, the package and who took
-- its key. Kept apart from the partners' tables: only legal reads them, under their own keys.
create table lawful_disclosure_request (
    id                         varchar(36)   not null,
    subject_id                 varchar(64)   not null,
    authority_kind             varchar(32)   not null,
    authority_name             varchar(200)  not null,
    document_kind              varchar(32)   not null,
    document_number            varchar(100)  not null,
    issuing_body               varchar(200)  not null,
    document_date              date          not null,
    scope                      varchar(2000) not null,
    recording_order_number     varchar(32),
    public_disclosure          boolean       not null,
    compulsory_order           boolean       not null,
    foreign_approval_reference varchar(200),
    foreign_approval_date      date,
    state                      varchar(32)   not null,
    decision_reason            varchar(2000),
    decided_by                 varchar(100),
    decided_at                 timestamp(6) with time zone,
    registered_by              varchar(100)  not null,
    registered_at              timestamp(6) with time zone not null,
    packaged_at                timestamp(6) with time zone,
    key_handed_over_to         varchar(100),
    key_handed_over_at         timestamp(6) with time zone,
    row_version                integer       not null,
    constraint pk_lawful_disclosure_request primary key (id),
    constraint ck_lawful_disclosure_request_state
        check (state in ('SCREENING', 'AWAITING_REVIEW', 'APPROVED', 'PACKAGED', 'REFUSED')),
    constraint ck_lawful_disclosure_request_authority
        check (authority_kind in ('PUBLIC_SECURITY', 'STATE_SECURITY', 'PROCURATORATE', 'COURT',
                                  'SUPERVISORY_COMMISSION', 'REGULATOR', 'FOREIGN_AUTHORITY'))
);

create index ix_lawful_disclosure_request_subject on lawful_disclosure_request (subject_id);
create index ix_lawful_disclosure_request_state on lawful_disclosure_request (state, registered_at);

-- The legal document as received, sealed with meike.lawful.document-key (AES-256-GCM, Base64).
create table lawful_disclosure_document (
    request_id      varchar(36)       not null,
    file_name       varchar(200)      not null,
    media_type      varchar(100)      not null,
    size_bytes      bigint            not null,
    sha256          varchar(64)       not null,
    sealed_content  varchar(1000000)  not null,
    constraint pk_lawful_disclosure_document primary key (request_id),
    constraint fk_lawful_disclosure_document_request
        foreign key (request_id) references lawful_disclosure_request (id)
);

-- The disclosed package: ciphertext under a fresh key per package. The key itself is kept sealed
-- under the document key only until it is handed over once; then it is erased.
create table lawful_disclosure_package (
    request_id   varchar(36)       not null,
    ciphertext   varchar(1000000)  not null,
    sha256       varchar(64)       not null,
    sealed_key   varchar(200),
    built_at     timestamp(6) with time zone not null,
    constraint pk_lawful_disclosure_package primary key (request_id),
    constraint fk_lawful_disclosure_package_request
        foreign key (request_id) references lawful_disclosure_request (id)
);
