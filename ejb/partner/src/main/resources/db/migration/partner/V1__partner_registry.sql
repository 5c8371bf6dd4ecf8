-- The partner and SDK registry (PTN-1): every partner of the external contract (architecture.md,
-- "Partner ids"), the SDK package the app embeds for it where there is one (Part 2 §X), its kind,
-- status, whether it may receive only de-identified data (Part 2 §III(一)4(1)), and per purpose of
-- the consent catalogue the exact payload fields it may receive. A field is a name of the message
-- payload, or a dotted path into it (params.code allows only "code" inside "params").
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.

create table partner_partner (
    id            varchar(32)   not null,
    name_zh       varchar(100)  not null,
    name_en       varchar(200)  not null,
    sdk_package   varchar(100),
    kind          varchar(16)   not null,
    status        varchar(16)   not null,
    de_identified boolean       not null,
    description   varchar(1000) not null,
    changed_at    timestamp(6) with time zone not null,
    changed_by    varchar(100)  not null,
    row_version   bigint        not null,
    constraint pk_partner_partner primary key (id),
    constraint ck_partner_partner_kind check (kind in ('PUSH', 'LOCATION', 'PAYMENT', 'MESSAGING', 'ANALYTICS')),
    constraint ck_partner_partner_status check (status in ('ACTIVE', 'SUSPENDED'))
);

-- fields: the allowed field names, sorted, separated by commas.
create table partner_scope (
    partner_id   varchar(32)   not null,
    purpose_code varchar(64)   not null,
    fields       varchar(1000) not null,
    constraint pk_partner_scope primary key (partner_id, purpose_code),
    constraint fk_partner_scope_partner foreign key (partner_id) references partner_partner (id)
);

insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description, changed_at, changed_by, row_version)
values ('getui', '个推（每日互动股份有限公司）', 'Getui push (Daily Interactive)', 'com.igexin', 'PUSH', 'ACTIVE', false,
        '消息推送：用户下单时美容师App端提醒；设备信息、应用列表、网络信息及位置相关信息，用于消息推送技术服务与链路调节（第二部分 三(一)4(3)、十）。',
        timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', 0);
insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description, changed_at, changed_by, row_version)
values ('huawei-push', '华为 HMS push', 'Huawei HMS push', 'com.huawei.hms', 'PUSH', 'ACTIVE', false,
        '华为手机厂商推送：用户下单时美容师App端提醒（第二部分 十）。',
        timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', 0);
insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description, changed_at, changed_by, row_version)
values ('amap', '高德地图', 'AMap (Gaode maps)', 'com.amap.api', 'LOCATION', 'ACTIVE', false,
        '实现定位/展现地图：展示用户距离美容店的距离及美容师上门导航路线（第二部分 一(十)1、十）。',
        timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', 0);
insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description, changed_at, changed_by, row_version)
values ('sms', '短信服务商', 'SMS gateway', null, 'MESSAGING', 'ACTIVE', false,
        '发送验证码短信及平台自动下发的订单短信提醒（第一部分 d）。服务器对接，App 中无 SDK。',
        timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', 0);
insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description, changed_at, changed_by, row_version)
values ('email', '电子邮件服务商', 'E-mail gateway', null, 'MESSAGING', 'ACTIVE', false,
        '发送客服答复及安全事件等通知邮件（第二部分 一(七)、四(六)）。服务器对接，App 中无 SDK。',
        timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', 0);
insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description, changed_at, changed_by, row_version)
values ('wechat-pay', '微信支付', 'WeChat Pay', null, 'PAYMENT', 'ACTIVE', false,
        '完成订单支付：共享支付工具帐户名、订单支付相关信息（第二部分 一(五)）。服务器对接。',
        timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', 0);
insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description, changed_at, changed_by, row_version)
values ('alipay', '支付宝', 'Alipay', null, 'PAYMENT', 'ACTIVE', false,
        '完成订单支付：共享支付工具帐户名、订单支付相关信息（第二部分 一(五)）。服务器对接。',
        timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', 0);
insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description, changed_at, changed_by, row_version)
values ('analytics', '广告、分析服务类合作伙伴', 'Advertising and analytics partners', null, 'ANALYTICS', 'ACTIVE', true,
        '广告覆盖面和有效性分析：仅去标识化数据，不提供个人身份信息；每个合作伙伴看到的是各自不同的假名（第二部分 三(一)4(1)）。',
        timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', 0);

insert into partner_scope (partner_id, purpose_code, fields) values ('getui', 'device.identifiers', 'body,deviceId,orderNumber,title');
insert into partner_scope (partner_id, purpose_code, fields) values ('getui', 'device.environment', 'brand,installedApps,manufacturer,model,network,platform');
insert into partner_scope (partner_id, purpose_code, fields) values ('getui', 'location.precise', 'latitude,longitude');
insert into partner_scope (partner_id, purpose_code, fields) values ('huawei-push', 'device.identifiers', 'body,deviceId,orderNumber,title');
insert into partner_scope (partner_id, purpose_code, fields) values ('huawei-push', 'device.environment', 'brand,installedApps,manufacturer,model,network,platform');
insert into partner_scope (partner_id, purpose_code, fields) values ('amap', 'location.precise', 'accuracy,latitude,longitude');
insert into partner_scope (partner_id, purpose_code, fields) values ('amap', 'device.location', 'latitude,longitude');
insert into partner_scope (partner_id, purpose_code, fields) values ('amap', 'device.environment', 'model,network');
insert into partner_scope (partner_id, purpose_code, fields) values ('sms', 'account.phone', 'params.code,phone,template');
insert into partner_scope (partner_id, purpose_code, fields) values ('sms', 'communication.order-sms', 'params.orderNumber,params.time,phone,template');
insert into partner_scope (partner_id, purpose_code, fields) values ('email', 'communication.customer-service', 'email,params,template');
insert into partner_scope (partner_id, purpose_code, fields) values ('wechat-pay', 'payment.account', 'accountName,amount,currency,orderNumber');
insert into partner_scope (partner_id, purpose_code, fields) values ('wechat-pay', 'payment.transactions', 'amount,currency,orderNumber,paidAt,status');
insert into partner_scope (partner_id, purpose_code, fields) values ('alipay', 'payment.account', 'accountName,amount,currency,orderNumber');
insert into partner_scope (partner_id, purpose_code, fields) values ('alipay', 'payment.transactions', 'amount,currency,orderNumber,paidAt,status');
insert into partner_scope (partner_id, purpose_code, fields) values ('analytics', 'usage.logs', 'appVersion,durationSeconds,event,page');
insert into partner_scope (partner_id, purpose_code, fields) values ('analytics', 'usage.personalised-display', 'category,event,page');
