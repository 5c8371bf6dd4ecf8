-- Deletion orders (DSR-7 groundwork): "tell every recipient of this person's data to delete it".
-- One order per request; one recipient row per partner that received the person's data (from the
-- disclosure log), each with the deletion.order message sent to it and that partner's latest
-- answer. Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
create table partner_deletion_order (
    id            varchar(36)   not null,
    subject_id    varchar(64)   not null,
    reason        varchar(500)  not null,
    ordered_by    varchar(100)  not null,
    ordered_at    timestamp(6) with time zone not null,
    completed_at  timestamp(6) with time zone,
    constraint pk_partner_deletion_order primary key (id)
);
create index ix_partner_deletion_order_subject on partner_deletion_order (subject_id, ordered_at);

-- status: OUTSTANDING until the partner answers, then ACKNOWLEDGED or FAILED (reason: the
-- partner's words, at most 500 characters; the latest answer counts).
create table partner_deletion_recipient (
    message_id    varchar(36)   not null,
    order_id      varchar(36)   not null,
    partner_id    varchar(32)   not null,
    status        varchar(16)   not null,
    reason        varchar(500),
    replied_at    timestamp(6) with time zone,
    constraint pk_partner_deletion_recipient primary key (message_id),
    constraint uq_partner_deletion_recipient unique (order_id, partner_id),
    constraint fk_partner_deletion_recipient_order foreign key (order_id) references partner_deletion_order (id),
    constraint fk_partner_deletion_recipient_partner foreign key (partner_id) references partner_partner (id),
    constraint ck_partner_deletion_recipient_status check (status in ('OUTSTANDING', 'ACKNOWLEDGED', 'FAILED'))
);

-- Notifications to people (the notification context) through the one outbound service: a push
-- notice names the recipient's account (the app's push alias), the device's push token, the
-- template and its parameters besides title and body; an SMS notice other than a code carries the
-- gateway template and its parameters (Part 2 §I(七): customer-service answers and notices).
update partner_scope set fields = 'body,deviceId,orderNumber,params,pushToken,recipient,template,title'
 where partner_id in ('getui', 'huawei-push') and purpose_code = 'device.identifiers';
insert into partner_scope (partner_id, purpose_code, fields) values ('sms', 'communication.customer-service', 'params,phone,template');
