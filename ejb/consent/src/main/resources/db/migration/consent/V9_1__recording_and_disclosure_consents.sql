-- Issue 19 (REC-7, REC-9, DISC-2): the separate consents the policy names for uses of service
-- recordings and for public disclosure, so that the person can give them in the app and the uses
-- can ask the consent check for them. Each is optional, separate, never implied (PIPL arts. 14, 23,
-- 25, 29), part of the policy version in force. Portable SQL for H2 2.2 and PostgreSQL 15.

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('service.recording.dispute-evidence', 'INFORMATION_CATEGORY', '录音用作纠纷依据', 'Service recordings as dispute evidence',
        '您参与的上门服务的录音',
        '在征得您同意的情况下，将您参与的上门服务录音作为平台处理用户纠纷的依据；调取仍须部门负责人和安全部门负责人两级审批，仅限申请中指定订单的录音。',
        'OPTIONAL', true, false, false,
        'Separate consent to the use of sensitive personal information (PIPL arts. 14, 29); may be withdrawn at any time (PIPL art. 15), which refuses every application not yet approved.',
        'Kept with the recording: 7 days, longer under a legal hold (Part 1 录音 2 b).',
        '第一部分 录音 3 a)', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('service.recording.sharing', 'INFORMATION_CATEGORY', '向他人提供录音', 'Sharing a service recording outside',
        '您参与的上门服务的录音（音频本身）',
        '另行征得您的同意后，将指定订单的上门服务录音提供给您同意的接收方；经法务审查后，以加密包及一次性密钥交付。',
        'OPTIONAL', true, false, false,
        'Separate consent to providing personal information to another handler (PIPL arts. 23, 29; policy Part 1 录音 4 c); may be withdrawn at any time before the package is built.',
        'The package is kept sealed until handed over; its key is shown once and erased.',
        '第一部分 录音 4 c)；第二部分 三(一)2', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('disclosure.public', 'INFORMATION_CATEGORY', '公开披露个人信息', 'Public disclosure of personal information',
        '经法务审查的请求中列明范围内的个人信息',
        '获得您个人单独明确同意后，我们可能公开披露您的个人信息；每一次公开披露须经法务审查，仅限请求中列明的范围。',
        'OPTIONAL', false, false, false,
        'Separate explicit consent to public disclosure (PIPL art. 25; policy Part 2 §III(3)1); the only other ground is a compulsory order of an authority (§III(3)2).',
        'What was disclosed is recorded with the request; the package is kept sealed until handed over.',
        '第二部分 三(三)1', '2026-01', null);
