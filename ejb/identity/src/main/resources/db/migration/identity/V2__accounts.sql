-- App users' accounts and their phone verification codes (ID-1, ID-2, ID-3, DATA-3).
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.
-- No phone number, code or client address is stored in plaintext: *_hash columns hold keyed hashes
-- (HMAC-SHA256, hex), phone_ciphertext holds AES-GCM ciphertext prefixed with its key id.

create table app_account (
    id                 varchar(64)  not null,
    phone_hash         varchar(64)  not null,
    phone_ciphertext   varchar(256) not null,
    role               varchar(16)  not null,
    extra_verification varchar(16)  not null,
    registered_at      timestamp(6) with time zone not null,
    constraint pk_app_account primary key (id),
    constraint uq_app_account_phone_hash unique (phone_hash),
    constraint ck_app_account_role check (role in ('CUSTOMER', 'BEAUTICIAN', 'MERCHANT')),
    constraint ck_app_account_extra_verification
        check (extra_verification in ('NOT_REQUIRED', 'PENDING', 'PASSED', 'FAILED'))
);

create table phone_verification (
    id              varchar(36) not null,
    phone_hash      varchar(64) not null,
    client_hash     varchar(64) not null,
    code_hash       varchar(64) not null,
    issued_at       timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    failed_attempts integer     not null,
    max_attempts    integer     not null,
    used_at         timestamp(6) with time zone,
    version         bigint      not null,
    constraint pk_phone_verification primary key (id),
    constraint ck_phone_verification_attempts check (failed_attempts >= 0 and failed_attempts <= max_attempts)
);

create index ix_phone_verification_phone on phone_verification (phone_hash, issued_at);
create index ix_phone_verification_client on phone_verification (client_hash, issued_at);
