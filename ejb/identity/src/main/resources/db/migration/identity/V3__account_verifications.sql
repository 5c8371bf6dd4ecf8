-- Extra verification of app accounts (ID-3 identity / enterprise, ID-4 optional real name; DATA-3).
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.
-- No evidence in plaintext: *_ciphertext columns hold AES-GCM ciphertext prefixed with its key id;
-- evidence_hash is the keyed hash (HMAC-SHA256, hex) of the document type and number (or the unified
-- social credit code). claimed_hash repeats it while the submission is pending or passed and is
-- cleared when it fails, so the unique constraint lets one document verify one account only
-- (both databases allow any number of nulls in a unique column).

create table account_verification (
    id                        varchar(64)   not null,
    account_id                varchar(64)   not null,
    kind                      varchar(16)   not null,
    evidence_type             varchar(24)   not null,
    evidence_hash             varchar(64)   not null,
    claimed_hash              varchar(64),
    number_ciphertext         varchar(256)  not null,
    name_ciphertext           varchar(512)  not null,
    representative_ciphertext varchar(256),
    face_check_ciphertext     varchar(256),
    state                     varchar(16)   not null,
    submitted_at              timestamp(6) with time zone not null,
    decided_at                timestamp(6) with time zone,
    decided_by                varchar(64),
    reason_ciphertext         varchar(1024),
    version                   bigint        not null,
    constraint pk_account_verification primary key (id),
    constraint fk_account_verification_account foreign key (account_id) references app_account (id),
    constraint uq_account_verification_claimed_hash unique (claimed_hash),
    constraint ck_account_verification_kind check (kind in ('IDENTITY', 'ENTERPRISE', 'REAL_NAME')),
    constraint ck_account_verification_state check (state in ('PENDING', 'PASSED', 'FAILED')),
    constraint ck_account_verification_claim
        check ((state = 'FAILED' and claimed_hash is null) or (state <> 'FAILED' and claimed_hash = evidence_hash))
);

create index ix_account_verification_account on account_verification (account_id, submitted_at);
create index ix_account_verification_state on account_verification (state, submitted_at);
