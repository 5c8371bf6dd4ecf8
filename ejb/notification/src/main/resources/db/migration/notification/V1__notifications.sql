-- Notifications to people: their registered devices, the notice templates (Chinese text kept as
-- data), and a row per notice sent with its delivery status from the partner's reply.
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.

-- A device of an app account that can receive push notices: the push service it is registered with
-- (getui or huawei-push, partner ids) and its push token, encrypted at rest (DATA-3).
create table notification_device (
    id                     varchar(36)   not null,
    subject_id             varchar(64)   not null,
    device_id              varchar(128)  not null,
    platform               varchar(32)   not null,
    push_token_ciphertext  varchar(1024) not null,
    registered_at          timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    constraint pk_notification_device primary key (id),
    constraint uq_notification_device unique (subject_id, device_id),
    constraint ck_notification_device_platform check (platform in ('getui', 'huawei-push'))
);
create index ix_notification_device_subject on notification_device (subject_id, updated_at);

-- channel: PUSH (push to the person's device, else SMS), SMS (SMS only), EMAIL (e-mail only).
-- purpose: the consent-catalogue purpose an SMS or e-mail of this template serves (a push always
-- serves device.identifiers). params: the parameter names the text uses, comma-separated; only these
-- travel to the partner. Placeholders in title and body: {name}.
create table notification_template (
    id           varchar(64)   not null,
    category     varchar(16)   not null,
    channel      varchar(8)    not null,
    purpose      varchar(64)   not null,
    params       varchar(500)  not null,
    title_zh     varchar(200)  not null,
    body_zh      varchar(2000) not null,
    description  varchar(500)  not null,
    constraint pk_notification_template primary key (id),
    constraint ck_notification_template_category check (category in ('SERVICE', 'MARKETING')),
    constraint ck_notification_template_channel check (channel in ('PUSH', 'SMS', 'EMAIL'))
);

-- One notice sent: to whom (account id; null for a phone without an account, such as a
-- registration code), which template, through which channel and partner, the partner message, and
-- what the partner last reported. No text, phone or token is kept here.
create table notification_notice (
    id              varchar(36)   not null,
    subject_id      varchar(64),
    template_id     varchar(64)   not null,
    category        varchar(16)   not null,
    channel         varchar(8)    not null,
    partner_id      varchar(32)   not null,
    message_id      varchar(36)   not null,
    status          varchar(16)   not null,
    reason          varchar(500),
    created_at      timestamp(6) with time zone not null,
    status_at       timestamp(6) with time zone not null,
    constraint pk_notification_notice primary key (id),
    constraint uq_notification_notice_message unique (message_id),
    constraint fk_notification_notice_template foreign key (template_id) references notification_template (id),
    constraint ck_notification_notice_status check (status in ('SENT', 'ACKNOWLEDGED', 'DELIVERED', 'FAILED'))
);
create index ix_notification_notice_subject on notification_notice (subject_id, created_at);

insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('verification-code', 'SERVICE', 'SMS', 'account.phone', 'code', '验证码',
        '【美十每客】您的验证码为{code}，5分钟内有效。请勿将验证码告诉他人。',
        'Registration and sign-in code (ID-1); SMS only, the gateway template verification-code.');
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('policy-major-change', 'SERVICE', 'PUSH', 'communication.customer-service', 'policyVersion,summary,forChild', '隐私政策已更新',
        '美十每客隐私政策已发布新版本（{policyVersion}），本次为重大变更。请打开应用阅读新政策并重新确认您的授权；在您确认前，相关可选功能将暂停处理您的个人信息。',
        'A major policy change (Part 2 §VIII, CON-5): the person, or a child''s guardian, must consent again.');
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('complaint-answered', 'SERVICE', 'PUSH', 'communication.customer-service', 'complaintNumber,resolution', '您的投诉已答复',
        '您的投诉（编号{complaintNumber}）已有答复，请在应用“我的投诉”中查看。如您对我们的答复不满意，特别是认为我们的个人信息处理行为损害了您的合法权益，您还可以向我们公司经营所在地有管辖权的法院提起诉讼。',
        'A complaint was answered (CMP-1); names the right to go to court (Part 2 §IX).');
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('order-assigned', 'SERVICE', 'PUSH', 'communication.order-sms', 'orderNumber', '新的上门订单',
        '您有一个新的上门服务订单（{orderNumber}），请在应用中查看并准时上门。',
        'A beautician was assigned an order (Part 2 §X: order reminder in the beautician app).');
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('promotion', 'MARKETING', 'PUSH', 'communication.customer-service', 'headline', '美十每客活动',
        '{headline}',
        'A marketing notice: sent only with the person''s consent to the marketing purpose.');
