-- The two sensitive purposes of recordings' uses (V9_1: dispute evidence, sharing outside) rest on
-- an impact assessment like every sensitive purpose of the policy in force (V9_41, AUD-3); without
-- one the consent check refuses them (NO_IMPACT_ASSESSMENT). A deployment replaces the seed with
-- its own reports' references. Portable SQL for H2 2.2 and PostgreSQL 15.
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-26', 'SENSITIVE_PROCESSING', 'service.recording.dispute-evidence', null, null, 'SENSITIVE_PROCESSING:service.recording.dispute-evidence', 'ACCEPTABLE', 'PIA-2026-026',
        '处理敏感个人信息 service.recording.dispute-evidence：隐私政策（2026-01）所列用途与保护措施。Sensitive processing of service.recording.dispute-evidence as the policy in force describes it.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
insert into consent_impact_assessment (id, processing, purpose_code, partner_id, transfer_id, processing_key, conclusion, reference, summary, assessed_on, approved_by, registered_by, registered_at, keep_until, row_version)
values ('pia-seed-27', 'SENSITIVE_PROCESSING', 'service.recording.sharing', null, null, 'SENSITIVE_PROCESSING:service.recording.sharing', 'ACCEPTABLE', 'PIA-2026-027',
        '处理敏感个人信息 service.recording.sharing：隐私政策（2026-01）所列用途与保护措施。Sensitive processing of service.recording.sharing as the policy in force describes it.',
        date '2026-01-01', 'privacy-office', 'system', timestamp with time zone '2026-01-01 00:00:00+08:00', date '2029-01-01', 0);
