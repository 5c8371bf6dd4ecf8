-- What we send to partners and what they answer (PTN-2, PTN-4, PTN-5). Portable SQL: the same file
-- runs on H2 2.2 and PostgreSQL 15.
--
-- partner_outbox: one row per message, written in the transaction of the business change that
-- causes it; the relay hands it to partner.<id>.outbound and sets delivered_at in one JTA
-- transaction with the broker. body is the whole JSON envelope as sent; it is cleared once the
-- broker holds the message, so personal data does not stay here longer than delivery needs.
-- reply_*: the partner's latest reply on partner.inbound (ACKNOWLEDGED, FAILED with a reason, or a
-- DELIVERED status update).
create table partner_outbox (
    message_id          varchar(36)   not null,
    partner_id          varchar(32)   not null,
    message_type        varchar(100)  not null,
    message_version     integer       not null,
    purpose_code        varchar(64)   not null,
    needs_ack           boolean       not null,
    body                varchar(1000000),
    created_at          timestamp(6) with time zone not null,
    delivered_at        timestamp(6) with time zone,
    reply_status        varchar(16),
    reply_reason        varchar(500),
    replied_at          timestamp(6) with time zone,
    constraint pk_partner_outbox primary key (message_id),
    constraint fk_partner_outbox_partner foreign key (partner_id) references partner_partner (id),
    constraint ck_partner_outbox_reply_status check (reply_status in ('ACKNOWLEDGED', 'FAILED', 'DELIVERED')),
    constraint ck_partner_outbox_version check (message_version > 0)
);
create index ix_partner_outbox_pending on partner_outbox (delivered_at, created_at);
create index ix_partner_outbox_reply on partner_outbox (needs_ack, reply_status);

-- Replies refused on partner.inbound (malformed, unknown message, wrong partner): why, and what the
-- reply claimed. The reply itself goes to the DLQ; nothing here acknowledges any message.
create table partner_rejected_reply (
    id                  varchar(36)   not null,
    received_at         timestamp(6) with time zone not null,
    declared_partner    varchar(32),
    authenticated_user  varchar(32),
    referenced_message  varchar(64),
    reason              varchar(500)  not null,
    constraint pk_partner_rejected_reply primary key (id)
);
create index ix_partner_rejected_reply_received on partner_rejected_reply (received_at);

-- The disclosure log (PTN-5, GB/T 35273 9.2): which partner received which fields of whom, for
-- which purpose, when. subject_id is the person's account id (null for a message about nobody);
-- for a de-identified partner it is still our account id here, while the partner saw a pseudonym.
-- Append-only: in production the runtime user gets SELECT, INSERT only.
create table partner_disclosure (
    id                  varchar(36)   not null,
    message_id          varchar(36)   not null,
    partner_id          varchar(32)   not null,
    subject_id          varchar(64),
    purpose_code        varchar(64)   not null,
    message_type        varchar(100)  not null,
    fields              varchar(1000) not null,
    disclosed_at        timestamp(6) with time zone not null,
    constraint pk_partner_disclosure primary key (id),
    constraint fk_partner_disclosure_partner foreign key (partner_id) references partner_partner (id)
);
create index ix_partner_disclosure_subject on partner_disclosure (subject_id, disclosed_at);
create index ix_partner_disclosure_partner on partner_disclosure (partner_id, disclosed_at);
