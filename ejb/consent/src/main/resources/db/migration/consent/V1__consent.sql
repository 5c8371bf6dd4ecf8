-- The consent context (CON-1..6, DATA-1, DATA-2, ID-6): policy versions, the purpose catalogue,
-- the append-only consent ledger, children and their guardians, re-consent after a major change,
-- and the register of named exceptions. Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
-- In production the application's runtime user gets only SELECT, INSERT on consent_entry and
-- consent_exception_use (and nothing but SELECT on the catalogue and the policy versions): the
-- ledger and the register can then not be changed or emptied even by a faulty release.

create table consent_policy_version (
    version      varchar(32)      not null,
    ordinal      integer          not null,
    published_at timestamp(6) with time zone not null,
    published_by varchar(100)     not null,
    major        boolean          not null,
    summary      varchar(2000)    not null,
    text         varchar(1000000) not null,
    constraint pk_consent_policy_version primary key (version),
    constraint uq_consent_policy_version_ordinal unique (ordinal),
    constraint ck_consent_policy_version_ordinal check (ordinal > 0)
);

-- The kinds of major change of Part 2 §VIII a version names (none for a minor version).
create table consent_policy_change_kind (
    policy_version varchar(32) not null,
    kind           varchar(32) not null,
    constraint pk_consent_policy_change_kind primary key (policy_version, kind),
    constraint fk_consent_policy_change_kind_version
        foreign key (policy_version) references consent_policy_version (version),
    constraint ck_consent_policy_change_kind_kind
        check (kind in ('SERVICE_MODEL', 'CONTROL', 'RECIPIENTS', 'RIGHTS',
                        'RESPONSIBLE_DEPARTMENT', 'HIGH_RISK_ASSESSMENT'))
);

-- The purpose catalogue (DATA-1). policy_version is the version that introduced a purpose and
-- retired_in the one that dropped it. Neither is a foreign key: a migration may catalogue the
-- purposes of a version before it is published; a purpose is in force only while its version is
-- published and its retiring version is not.
create table consent_purpose (
    code                      varchar(64)   not null,
    kind                      varchar(32)   not null,
    name_zh                   varchar(100)  not null,
    name_en                   varchar(200)  not null,
    data_items                varchar(1000) not null,
    description               varchar(1000) not null,
    necessity                 varchar(16)   not null,
    sensitive                 boolean       not null,
    personal_only_when_linked boolean       not null,
    implied_consent_allowed   boolean       not null,
    legal_basis               varchar(500)  not null,
    retention_rule            varchar(500)  not null,
    policy_reference          varchar(200)  not null,
    policy_version            varchar(32)   not null,
    retired_in                varchar(32),
    constraint pk_consent_purpose primary key (code),
    constraint ck_consent_purpose_kind check (kind in ('INFORMATION_CATEGORY', 'DEVICE_FEATURE')),
    constraint ck_consent_purpose_necessity check (necessity in ('NECESSARY', 'OPTIONAL')),
    constraint ck_consent_purpose_retired check (retired_in is null or retired_in <> policy_version),
    -- Implied consent (an on-site notice nobody objected to) is never enough for a necessary
    -- purpose, which accepting the policy covers explicitly.
    constraint ck_consent_purpose_implied check (not implied_consent_allowed or necessity = 'OPTIONAL')
);

-- Which partners of the external contract may receive a purpose's information.
create table consent_purpose_partner (
    purpose_code varchar(64) not null,
    partner_id   varchar(32) not null,
    constraint pk_consent_purpose_partner primary key (purpose_code, partner_id),
    constraint fk_consent_purpose_partner_purpose
        foreign key (purpose_code) references consent_purpose (code),
    constraint ck_consent_purpose_partner_id
        check (partner_id in ('getui', 'huawei-push', 'amap', 'sms', 'email', 'wechat-pay',
                              'alipay', 'analytics'))
);

-- The consent ledger (CON-1): append-only; the latest entry per person and purpose is in force.
create sequence consent_entry_seq start with 1 increment by 1;

create table consent_entry (
    sequence       bigint       not null,
    subject_id     varchar(64)  not null,
    purpose_code   varchar(64)  not null,
    policy_version varchar(32)  not null,
    action         varchar(16)  not null,
    channel        varchar(32)  not null,
    actor          varchar(64)  not null,
    acted_as       varchar(16)  not null,
    recorded_by    varchar(100) not null,
    occurred_at    timestamp(6) with time zone not null,
    constraint pk_consent_entry primary key (sequence),
    constraint fk_consent_entry_purpose
        foreign key (purpose_code) references consent_purpose (code),
    constraint fk_consent_entry_policy_version
        foreign key (policy_version) references consent_policy_version (version),
    constraint ck_consent_entry_action check (action in ('GIVEN', 'WITHDRAWN')),
    constraint ck_consent_entry_channel
        check (channel in ('POPUP', 'SETTINGS', 'CUSTOMER_SERVICE', 'ONSITE_NOTICE')),
    constraint ck_consent_entry_acted_as check (acted_as in ('SELF', 'GUARDIAN')),
    -- Acting as oneself, the actor is the person; acting as guardian, someone else.
    constraint ck_consent_entry_actor
        check ((acted_as = 'SELF' and actor = subject_id)
            or (acted_as = 'GUARDIAN' and actor <> subject_id))
);

-- The consent check reads the latest entry of one person for one purpose.
create index ix_consent_entry_subject_purpose on consent_entry (subject_id, purpose_code, sequence);

-- Children under 14 and their guardians (ID-6).
create table consent_child_status (
    subject_id  varchar(64)  not null,
    guardian_id varchar(64)  not null,
    basis       varchar(16)  not null,
    marked_at   timestamp(6) with time zone not null,
    marked_by   varchar(100) not null,
    constraint pk_consent_child_status primary key (subject_id),
    constraint ck_consent_child_status_basis check (basis in ('BIRTH_DATE', 'DECLARATION')),
    constraint ck_consent_child_status_guardian check (guardian_id <> subject_id)
);

-- People to consent again after a major change (CON-5).
create table consent_reconsent_requirement (
    subject_id     varchar(64) not null,
    policy_version varchar(32) not null,
    marked_at      timestamp(6) with time zone not null,
    satisfied_at   timestamp(6) with time zone,
    constraint pk_consent_reconsent_requirement primary key (subject_id, policy_version),
    constraint fk_consent_reconsent_requirement_version
        foreign key (policy_version) references consent_policy_version (version),
    constraint ck_consent_reconsent_requirement_satisfied
        check (satisfied_at is null or satisfied_at >= marked_at)
);

-- Notifying the people still to consent again, page by page.
create index ix_consent_reconsent_requirement_version
    on consent_reconsent_requirement (policy_version, subject_id);

-- The register of named exceptions used instead of consent (CON-4, Part 2 §I 3 (1)-(11)).
create table consent_exception_use (
    id              varchar(36)   not null,
    subject_id      varchar(64)   not null,
    purpose_code    varchar(64)   not null,
    legal_exception varchar(32)   not null,
    actor           varchar(100)  not null,
    reason          varchar(1000) not null,
    used_at         timestamp(6) with time zone not null,
    constraint pk_consent_exception_use primary key (id),
    constraint fk_consent_exception_use_purpose
        foreign key (purpose_code) references consent_purpose (code),
    constraint ck_consent_exception_use_exception
        check (legal_exception in ('NATIONAL_SECURITY', 'PUBLIC_SAFETY_HEALTH_INTEREST',
                                   'CRIMINAL_JUSTICE', 'VITAL_INTERESTS', 'SELF_PUBLISHED',
                                   'LAWFULLY_DISCLOSED', 'CONTRACT_NECESSITY', 'SERVICE_SECURITY',
                                   'NEWS_REPORTING', 'ACADEMIC_RESEARCH', 'OTHER_LEGAL_PROVISION'))
);

create index ix_consent_exception_use_subject on consent_exception_use (subject_id, used_at);
