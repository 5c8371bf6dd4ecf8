-- The register of personal-information impact assessments (AUD-3, PIPL arts. 55–56): needed before
-- processing sensitive information, automated decisions, sharing with a partner and transfers
-- abroad. Each row names the processing it allows (processing_key, looked up by the checks), its
-- date, conclusion, approver and report reference, and is kept until keep_until (at least three
-- years after the assessment); a withdrawn one stays until then, then the retention rule deletes it.
-- Transfers abroad kept their assessment in their own row until now: it moves here, and the
-- transfer's state is read from the register from now on (one register, one way).
-- Also the catalogue's flag for automated decisions (personalised display, PIPL art. 24).
-- Versioned 9.41 (issue 19) so that it never collides with another branch's V9. Portable SQL.
create table consent_impact_assessment (
    id                varchar(64)   not null,
    processing        varchar(32)   not null,
    purpose_code      varchar(64),
    partner_id        varchar(32),
    transfer_id       varchar(64),
    processing_key    varchar(200)  not null,
    conclusion        varchar(16)   not null,
    reference         varchar(200)  not null,
    summary           varchar(2000) not null,
    assessed_on       date          not null,
    approved_by       varchar(100)  not null,
    registered_by     varchar(100)  not null,
    registered_at     timestamp(6) with time zone not null,
    keep_until        date          not null,
    withdrawn_at      timestamp(6) with time zone,
    withdrawn_by      varchar(100),
    withdrawal_reason varchar(1000),
    row_version       bigint        not null,
    constraint pk_consent_impact_assessment primary key (id),
    constraint ck_consent_impact_assessment_processing check (processing in
        ('SENSITIVE_PROCESSING', 'AUTOMATED_DECISION', 'PARTNER_SHARING', 'CROSS_BORDER_TRANSFER')),
    constraint ck_consent_impact_assessment_conclusion check (conclusion in ('ACCEPTABLE', 'NOT_ACCEPTABLE')),
    constraint ck_consent_impact_assessment_kept check (keep_until >= assessed_on),
    constraint ck_consent_impact_assessment_withdrawn check ((withdrawn_at is null) = (withdrawn_by is null))
);

create index ix_consent_impact_assessment_key on consent_impact_assessment (processing_key, registered_at);

insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion,
    reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
select 'pia-' || id, 'CROSS_BORDER_TRANSFER', null, null, id, 'CROSS_BORDER_TRANSFER:' || id,
       case when state = 'ASSESSED' then 'ACCEPTABLE' else 'NOT_ACCEPTABLE' end,
       assessment_reference, assessment_summary, cast(assessed_at as date), assessed_by, assessed_by, assessed_at,
       cast(cast(assessed_at as date) + interval '3' year as date), 0
from consent_crossborder_transfer where state <> 'PLANNED';

alter table consent_crossborder_transfer drop constraint ck_consent_crossborder_transfer_assessed;
alter table consent_crossborder_transfer drop constraint ck_consent_crossborder_transfer_state;
alter table consent_crossborder_transfer drop column state;
alter table consent_crossborder_transfer drop column assessment_reference;
alter table consent_crossborder_transfer drop column assessment_summary;
alter table consent_crossborder_transfer drop column assessed_by;
alter table consent_crossborder_transfer drop column assessed_at;

alter table consent_purpose add column automated_decision boolean default false not null;
update consent_purpose set automated_decision = true where code = 'usage.personalised-display';

-- The assessments the policy in force (2026-01) rests on: its sensitive purposes, its automated
-- decision and every partner scope of the registry's seed (partner migrations V1, V3). A deployment
-- replaces them with its own reports' references; a new scope or sensitive purpose needs its own.
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-01', 'SENSITIVE_PROCESSING', 'identity.document', null, null, 'SENSITIVE_PROCESSING:identity.document', 'ACCEPTABLE', 'PIA-2026-001',
        '处理敏感个人信息 identity.document：隐私政策（2026-01）所列用途与保护措施。Sensitive processing of identity.document as the policy in force describes it.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-02', 'SENSITIVE_PROCESSING', 'identity.biometric', null, null, 'SENSITIVE_PROCESSING:identity.biometric', 'ACCEPTABLE', 'PIA-2026-002',
        '处理敏感个人信息 identity.biometric：隐私政策（2026-01）所列用途与保护措施。Sensitive processing of identity.biometric as the policy in force describes it.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-03', 'SENSITIVE_PROCESSING', 'payment.account', null, null, 'SENSITIVE_PROCESSING:payment.account', 'ACCEPTABLE', 'PIA-2026-003',
        '处理敏感个人信息 payment.account：隐私政策（2026-01）所列用途与保护措施。Sensitive processing of payment.account as the policy in force describes it.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-04', 'SENSITIVE_PROCESSING', 'location.precise', null, null, 'SENSITIVE_PROCESSING:location.precise', 'ACCEPTABLE', 'PIA-2026-004',
        '处理敏感个人信息 location.precise：隐私政策（2026-01）所列用途与保护措施。Sensitive processing of location.precise as the policy in force describes it.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-05', 'SENSITIVE_PROCESSING', 'service.recording', null, null, 'SENSITIVE_PROCESSING:service.recording', 'ACCEPTABLE', 'PIA-2026-005',
        '处理敏感个人信息 service.recording：隐私政策（2026-01）所列用途与保护措施。Sensitive processing of service.recording as the policy in force describes it.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-06', 'SENSITIVE_PROCESSING', 'device.location', null, null, 'SENSITIVE_PROCESSING:device.location', 'ACCEPTABLE', 'PIA-2026-006',
        '处理敏感个人信息 device.location：隐私政策（2026-01）所列用途与保护措施。Sensitive processing of device.location as the policy in force describes it.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-07', 'AUTOMATED_DECISION', 'usage.personalised-display', null, null, 'AUTOMATED_DECISION:usage.personalised-display', 'ACCEPTABLE', 'PIA-2026-007',
        '个性化展示的自动化决策：可关闭、不针对个人特征歧视。Automated decision (usage.personalised-display): can be switched off, no discrimination.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-08', 'PARTNER_SHARING', 'device.identifiers', 'getui', null, 'PARTNER_SHARING:getui/device.identifiers', 'ACCEPTABLE', 'PIA-2026-008',
        '向合作伙伴 getui 提供 device.identifiers（合作方列表，第二部分 十）。Sharing device.identifiers with getui within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-09', 'PARTNER_SHARING', 'device.environment', 'getui', null, 'PARTNER_SHARING:getui/device.environment', 'ACCEPTABLE', 'PIA-2026-009',
        '向合作伙伴 getui 提供 device.environment（合作方列表，第二部分 十）。Sharing device.environment with getui within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-10', 'PARTNER_SHARING', 'location.precise', 'getui', null, 'PARTNER_SHARING:getui/location.precise', 'ACCEPTABLE', 'PIA-2026-010',
        '向合作伙伴 getui 提供 location.precise（合作方列表，第二部分 十）。Sharing location.precise with getui within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-11', 'PARTNER_SHARING', 'device.identifiers', 'huawei-push', null, 'PARTNER_SHARING:huawei-push/device.identifiers', 'ACCEPTABLE', 'PIA-2026-011',
        '向合作伙伴 huawei-push 提供 device.identifiers（合作方列表，第二部分 十）。Sharing device.identifiers with huawei-push within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-12', 'PARTNER_SHARING', 'device.environment', 'huawei-push', null, 'PARTNER_SHARING:huawei-push/device.environment', 'ACCEPTABLE', 'PIA-2026-012',
        '向合作伙伴 huawei-push 提供 device.environment（合作方列表，第二部分 十）。Sharing device.environment with huawei-push within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-13', 'PARTNER_SHARING', 'location.precise', 'amap', null, 'PARTNER_SHARING:amap/location.precise', 'ACCEPTABLE', 'PIA-2026-013',
        '向合作伙伴 amap 提供 location.precise（合作方列表，第二部分 十）。Sharing location.precise with amap within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-14', 'PARTNER_SHARING', 'device.location', 'amap', null, 'PARTNER_SHARING:amap/device.location', 'ACCEPTABLE', 'PIA-2026-014',
        '向合作伙伴 amap 提供 device.location（合作方列表，第二部分 十）。Sharing device.location with amap within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-15', 'PARTNER_SHARING', 'device.environment', 'amap', null, 'PARTNER_SHARING:amap/device.environment', 'ACCEPTABLE', 'PIA-2026-015',
        '向合作伙伴 amap 提供 device.environment（合作方列表，第二部分 十）。Sharing device.environment with amap within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-16', 'PARTNER_SHARING', 'account.phone', 'sms', null, 'PARTNER_SHARING:sms/account.phone', 'ACCEPTABLE', 'PIA-2026-016',
        '向合作伙伴 sms 提供 account.phone（合作方列表，第二部分 十）。Sharing account.phone with sms within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-17', 'PARTNER_SHARING', 'communication.order-sms', 'sms', null, 'PARTNER_SHARING:sms/communication.order-sms', 'ACCEPTABLE', 'PIA-2026-017',
        '向合作伙伴 sms 提供 communication.order-sms（合作方列表，第二部分 十）。Sharing communication.order-sms with sms within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-18', 'PARTNER_SHARING', 'communication.customer-service', 'sms', null, 'PARTNER_SHARING:sms/communication.customer-service', 'ACCEPTABLE', 'PIA-2026-018',
        '向合作伙伴 sms 提供 communication.customer-service（合作方列表，第二部分 十）。Sharing communication.customer-service with sms within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-19', 'PARTNER_SHARING', 'communication.customer-service', 'email', null, 'PARTNER_SHARING:email/communication.customer-service', 'ACCEPTABLE', 'PIA-2026-019',
        '向合作伙伴 email 提供 communication.customer-service（合作方列表，第二部分 十）。Sharing communication.customer-service with email within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-20', 'PARTNER_SHARING', 'payment.account', 'wechat-pay', null, 'PARTNER_SHARING:wechat-pay/payment.account', 'ACCEPTABLE', 'PIA-2026-020',
        '向合作伙伴 wechat-pay 提供 payment.account（合作方列表，第二部分 十）。Sharing payment.account with wechat-pay within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-21', 'PARTNER_SHARING', 'payment.transactions', 'wechat-pay', null, 'PARTNER_SHARING:wechat-pay/payment.transactions', 'ACCEPTABLE', 'PIA-2026-021',
        '向合作伙伴 wechat-pay 提供 payment.transactions（合作方列表，第二部分 十）。Sharing payment.transactions with wechat-pay within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-22', 'PARTNER_SHARING', 'payment.account', 'alipay', null, 'PARTNER_SHARING:alipay/payment.account', 'ACCEPTABLE', 'PIA-2026-022',
        '向合作伙伴 alipay 提供 payment.account（合作方列表，第二部分 十）。Sharing payment.account with alipay within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-23', 'PARTNER_SHARING', 'payment.transactions', 'alipay', null, 'PARTNER_SHARING:alipay/payment.transactions', 'ACCEPTABLE', 'PIA-2026-023',
        '向合作伙伴 alipay 提供 payment.transactions（合作方列表，第二部分 十）。Sharing payment.transactions with alipay within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-24', 'PARTNER_SHARING', 'usage.logs', 'analytics', null, 'PARTNER_SHARING:analytics/usage.logs', 'ACCEPTABLE', 'PIA-2026-024',
        '向合作伙伴 analytics 提供 usage.logs（合作方列表，第二部分 十）。Sharing usage.logs with analytics within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-25', 'PARTNER_SHARING', 'usage.personalised-display', 'analytics', null, 'PARTNER_SHARING:analytics/usage.personalised-display', 'ACCEPTABLE', 'PIA-2026-025',
        '向合作伙伴 analytics 提供 usage.personalised-display（合作方列表，第二部分 十）。Sharing usage.personalised-display with analytics within its registered scope.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
