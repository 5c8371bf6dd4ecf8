-- Notice campaigns (INC-2, issue 14; reused by the shutdown notices): one approved notice told to
-- many people in batches. A campaign names what it is for (purpose, e.g. BREACH) and its reference
-- (e.g. the incident id), the template and its parameters (the approved text, JSON; no personal
-- data), its state and counters. Each recipient row is one person concerned (subject) and who is
-- told (the person, or a child's guardian); the message id is name-based on campaign and person, so
-- a notice sent again after a crash is the same message and the outbox keeps it once.
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
create table notification_campaign (
    id            varchar(36)   not null,
    purpose       varchar(32)   not null,
    reference     varchar(64)   not null,
    template_id   varchar(64)   not null,
    params_json   varchar(20000) not null,
    state         varchar(16)   not null,
    selected      bigint        not null,
    sent          bigint        not null,
    unreached     bigint        not null,
    started_by    varchar(100)  not null,
    started_at    timestamp(6) with time zone not null,
    state_by      varchar(100)  not null,
    state_at      timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone,
    constraint pk_notification_campaign primary key (id),
    constraint uq_notification_campaign_reference unique (purpose, reference),
    constraint fk_notification_campaign_template foreign key (template_id) references notification_template (id),
    constraint ck_notification_campaign_state check (state in ('RUNNING', 'PAUSED', 'FINISHED'))
);

-- state: PENDING (not told yet), SENT (the notice is in the outbox under message_id), UNREACHED
-- (no channel, no consent to any channel, partner suspended: listed for the public announcement).
create table notification_campaign_recipient (
    campaign_id   varchar(36)   not null,
    seq           bigint        not null,
    subject_id    varchar(64)   not null,
    recipient_id  varchar(64)   not null,
    for_child     boolean       not null,
    state         varchar(16)   not null,
    message_id    varchar(36),
    channel       varchar(8),
    reason        varchar(64),
    done_at       timestamp(6) with time zone,
    constraint pk_notification_campaign_recipient primary key (campaign_id, subject_id),
    constraint fk_notification_campaign_recipient foreign key (campaign_id) references notification_campaign (id),
    constraint ck_notification_campaign_recipient_state check (state in ('PENDING', 'SENT', 'UNREACHED'))
);
create index ix_notification_campaign_recipient_work on notification_campaign_recipient (campaign_id, state, seq);

-- The breach notice (INC-1): the approved text's five parts; to a guardian it says it concerns their child.
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('breach-notice', 'SERVICE', 'PUSH', 'communication.customer-service', 'facts,impact,measures,advice,remedies,forChild',
        '个人信息安全事件告知',
        '美十每客发生了一起个人信息安全事件{forChild}。基本情况：{facts}。可能的影响：{impact}。我们已采取或将要采取的处置措施：{measures}。您可自主防范和降低风险的建议：{advice}。对您的补救措施：{remedies}。如有疑问，请在应用“帮助与客服”中联系我们。',
        'A personal-information security incident (INC-1, Part 2 §IV(6)): facts, impact, measures, advice, remedies; forChild is "（涉及您监护的未成年人）" for a guardian, else empty.');
