-- The archive vault (RET-2): what the law requires to keep of a person after their deletion or
-- account cancellation, in a table of its own that no query of the running system reads. Each row is
-- one record a context handed over (an order's transaction record, a closed account's network
-- identity), sealed whole under the vault's own key meike.rights.vault-key (AES-256-GCM, bound to
-- this table, column and row id); nothing about the person is in clear. subject_hash is an HMAC of
-- the account id under meike.rights.vault-lookup-key, so that a lawful disclosure (DISC-1) finds a
-- closed account's records without the account id being stored; category is the purpose code of
-- consent's catalogue (a disclosure's scope selects by it). Rows are deleted when keep_until passes
-- (RightsVaultRetentionJob). The application's user receives its privileges from the schema owner's
-- default privileges (.ci/postgresql.sh), like every context's tables.
create table rights_vault_record (
    id              varchar(36)    not null,
    subject_hash    varchar(64)    not null,
    category        varchar(64)    not null,
    legal_basis     varchar(1000)  not null,
    deposited_at    timestamp(6) with time zone not null,
    keep_until      timestamp(6) with time zone not null,
    sealed_content  varchar(100000) not null,
    constraint pk_rights_vault_record primary key (id)
);

create index ix_rights_vault_record_subject on rights_vault_record (subject_hash, category);
create index ix_rights_vault_record_keep_until on rights_vault_record (keep_until);
