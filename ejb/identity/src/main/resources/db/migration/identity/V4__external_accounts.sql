-- Third-party login bindings (ID-5, DATA-3). Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.
-- The external account id is never stored in plaintext: external_id_hash is the keyed hash
-- (HMAC-SHA256, hex) of provider and id, unique so that one external account binds one app account;
-- external_id_ciphertext is its AES-GCM ciphertext. nickname and avatar_url are held only when the
-- person consented to them. Unbinding deletes the row.

create table external_account_binding (
    id                     varchar(64)  not null,
    account_id             varchar(64)  not null,
    provider               varchar(16)  not null,
    external_id_hash       varchar(64)  not null,
    external_id_ciphertext varchar(256) not null,
    nickname               varchar(64),
    avatar_url             varchar(512),
    bound_at               timestamp(6) with time zone not null,
    constraint pk_external_account_binding primary key (id),
    constraint fk_external_account_binding_account foreign key (account_id) references app_account (id),
    constraint uq_external_account_binding_external_id unique (external_id_hash),
    constraint uq_external_account_binding_provider unique (account_id, provider),
    constraint ck_external_account_binding_provider check (provider in ('WECHAT', 'ALIPAY'))
);
