-- Recording access (REC-7, REC-8): applications, their approval decisions, and the grants they
-- produce. Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.

create table recording_access_application (
    id              varchar(36)   not null,
    order_number    varchar(18)   not null,
    use             varchar(32)   not null,
    reason          varchar(1000) not null,
    applicant       varchar(100)  not null,
    applied_at      timestamp(6) with time zone not null,
    status          varchar(32)   not null,
    first_approver  varchar(100)  not null,
    second_approver varchar(100)  not null,
    grant_id        varchar(36),
    version         bigint        not null,
    constraint pk_recording_access_application primary key (id),
    constraint ck_recording_access_application_use
        check (use in ('DISPUTE_EVIDENCE', 'URGENT_PROTECTION', 'RULE_SPOT_CHECK', 'SAFETY_ANALYSIS')),
    constraint ck_recording_access_application_status
        check (status in ('AWAITING_DEPARTMENT_HEAD', 'AWAITING_SECURITY_HEAD', 'APPROVED', 'REJECTED', 'LAPSED')),
    constraint ck_recording_access_application_approvers
        check (first_approver <> second_approver and first_approver <> applicant and second_approver <> applicant)
);

create index ix_recording_access_application_applicant
    on recording_access_application (applicant, applied_at);

create table recording_access_decision (
    id             varchar(36)   not null,
    application_id varchar(36)   not null,
    step           varchar(32)   not null,
    approver       varchar(100)  not null,
    approved       boolean       not null,
    comment        varchar(1000),
    decided_at     timestamp(6) with time zone not null,
    constraint pk_recording_access_decision primary key (id),
    constraint fk_recording_access_decision_application
        foreign key (application_id) references recording_access_application (id),
    constraint uq_recording_access_decision_step unique (application_id, step),
    constraint ck_recording_access_decision_step
        check (step in ('DEPARTMENT_HEAD', 'SECURITY_HEAD')),
    constraint ck_recording_access_decision_comment
        check (approved or comment is not null)
);

create table recording_access_grant (
    id                varchar(36)   not null,
    application_id    varchar(36)   not null,
    order_number      varchar(18)   not null,
    use               varchar(32)   not null,
    holder            varchar(100)  not null,
    issued_at         timestamp(6) with time zone not null,
    expires_at        timestamp(6) with time zone not null,
    revoked_at        timestamp(6) with time zone,
    revoked_by        varchar(100),
    revocation_reason varchar(1000),
    version           bigint        not null,
    constraint pk_recording_access_grant primary key (id),
    constraint fk_recording_access_grant_application
        foreign key (application_id) references recording_access_application (id),
    constraint uq_recording_access_grant_application unique (application_id),
    constraint ck_recording_access_grant_use
        check (use in ('DISPUTE_EVIDENCE', 'URGENT_PROTECTION', 'RULE_SPOT_CHECK', 'SAFETY_ANALYSIS')),
    constraint ck_recording_access_grant_period check (expires_at > issued_at),
    constraint ck_recording_access_grant_revocation
        check ((revoked_at is null and revoked_by is null and revocation_reason is null)
            or (revoked_at is not null and revoked_by is not null and revocation_reason is not null))
);
