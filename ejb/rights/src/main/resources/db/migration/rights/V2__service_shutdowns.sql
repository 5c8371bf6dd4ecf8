-- Service shutdowns (SHUT-1, issue 16). The registry of services that collect personal
-- information: a product, a feature or one city's service, with the purposes of consent's catalogue
-- it collects for (comma-separated codes), the partners it passes data to, whether payment or
-- financial data is involved (notices by SMS too). Reference data, seeded from the policy.
create table rights_service (
    code       varchar(64)   not null,
    name_zh    varchar(100)  not null,
    name_en    varchar(100)  not null,
    kind       varchar(16)   not null,
    city       varchar(32),
    purposes   varchar(500)  not null,
    partners   varchar(300)  not null,
    financial  boolean       not null,
    constraint pk_rights_service primary key (code),
    constraint ck_rights_service_kind check (kind in ('PRODUCT', 'FEATURE', 'CITY_SERVICE')),
    constraint ck_rights_service_city check ((kind = 'CITY_SERVICE') = (city is not null))
);

insert into rights_service (code, name_zh, name_en, kind, city, purposes, partners, financial) values
 ('recording.shanghai', '上海上门服务录音', 'Visit recording in Shanghai', 'CITY_SERVICE', 'Shanghai', 'service.recording', '', false),
 ('recording.hangzhou', '杭州上门服务录音', 'Visit recording in Hangzhou', 'CITY_SERVICE', 'Hangzhou', 'service.recording', '', false),
 ('feature.visit-recording', '服务录音', 'Visit recording (every city)', 'FEATURE', null, 'service.recording', '', false),
 ('feature.personalised-display', '个性化展示', 'Personalised display', 'FEATURE', null, 'usage.personalised-display', 'analytics', false),
 ('feature.voice-shopping', '语音购物', 'Voice shopping', 'FEATURE', null, 'device.voice-shopping', '', false),
 ('feature.face-login', '扫脸登录与声纹密保', 'Face login and voiceprint protection', 'FEATURE', null, 'identity.biometric', '', false),
 ('product.third-party-payment', '第三方快捷支付', 'Quick payment through WeChat Pay and Alipay', 'PRODUCT', null, 'payment.account,payment.transactions', 'alipay,wechat-pay', true);

-- One shutdown of one service: the whole record (decision, when collection stopped, notices and the
-- announcement, the disposal's cursor and counts, the verification's sign-off). Ids and counts only.
create table rights_shutdown (
    id                     varchar(36)    not null,
    service_code           varchar(64)    not null,
    shutdown_date          date           not null,
    reason                 varchar(1000)  not null,
    requested_by           varchar(100)   not null,
    requested_at           timestamp(6) with time zone not null,
    state                  varchar(24)    not null,
    decided_by             varchar(100),
    decided_at             timestamp(6) with time zone,
    decision_comment       varchar(1000),
    collection_stopped_at  timestamp(6) with time zone,
    notice_cursor          varchar(64),
    notices_sent           bigint         not null,
    announced_at           timestamp(6) with time zone,
    people_before          bigint,
    disposal_cursor        varchar(64),
    people_disposed        bigint         not null,
    deletion_orders        bigint         not null,
    disposed_at            timestamp(6) with time zone,
    people_after           bigint,
    verified_by            varchar(100),
    verified_at            timestamp(6) with time zone,
    row_version            integer        not null,
    constraint pk_rights_shutdown primary key (id),
    constraint fk_rights_shutdown_service foreign key (service_code) references rights_service (code),
    constraint ck_rights_shutdown_state check (state in ('REQUESTED', 'REJECTED', 'COLLECTION_STOPPED', 'NOTIFIED',
        'DISPOSING', 'DISPOSED', 'VERIFIED'))
);

create index ix_rights_shutdown_service on rights_shutdown (service_code, state);

-- What each context did for a shutdown, summed over the disposal's batches.
create table rights_shutdown_count (
    shutdown_id      varchar(36)   not null,
    context_name     varchar(32)   not null,
    deleted_rows     bigint        not null,
    anonymised_rows  bigint        not null,
    kept             varchar(2000),
    constraint pk_rights_shutdown_count primary key (shutdown_id, context_name),
    constraint fk_rights_shutdown_count_shutdown foreign key (shutdown_id) references rights_shutdown (id)
);
