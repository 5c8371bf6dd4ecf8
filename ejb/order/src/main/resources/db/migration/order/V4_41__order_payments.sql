-- An order's payments (ORD-3): the payment partner asked (wechat-pay, alipay), the amount, and the
-- status the partner's reply gave it. The id is the id of the message the partner received
-- (through the partner outbox), so its reply on partner.<id>.inbound finds the payment. Only the
-- order number, amount and currency travel; nothing personal is kept here.
-- Versioned 4.41 (issue 19) so that it never collides with another branch's V4. Portable SQL.
create table order_payment (
    message_id     varchar(36)    not null,
    order_number   varchar(18)    not null,
    provider       varchar(32)    not null,
    amount         numeric(12, 2) not null,
    currency       varchar(3)     not null,
    status         varchar(16)    not null,
    requested_at   timestamp(6) with time zone not null,
    settled_at     timestamp(6) with time zone,
    failure_reason varchar(500),
    row_version    bigint         not null,
    constraint pk_order_payment primary key (message_id),
    constraint fk_order_payment_order foreign key (order_number) references service_order (order_number),
    constraint ck_order_payment_status check (status in ('REQUESTED', 'PAID', 'FAILED')),
    constraint ck_order_payment_provider check (provider in ('wechat-pay', 'alipay'))
);

create index ix_order_payment_order on order_payment (order_number, requested_at);
