-- Orders (ORD-1, ORD-2). The service address, contact name and contact phone are stored only
-- sealed with AES-256-GCM (DATA-3), as "<keyId>:<Base64>". Portable SQL: H2 2.2 and PostgreSQL 15.

create table service_order (
    order_number       varchar(18)    not null,
    customer_id        varchar(100)   not null,
    city               varchar(64)    not null,
    items              varchar(2000)  not null,
    amount             numeric(12, 2) not null,
    for_another_person boolean        not null,
    service_address    varchar(1200)  not null,
    contact_name       varchar(400)   not null,
    contact_phone      varchar(200)   not null,
    status             varchar(16)    not null,
    beautician_id      varchar(100),
    created_at         timestamp(6) with time zone not null,
    ended_at           timestamp(6) with time zone,
    version            bigint         not null,
    constraint pk_service_order primary key (order_number),
    constraint ck_service_order_status check (status in ('PLACED', 'ASSIGNED', 'COMPLETED', 'CANCELLED')),
    constraint ck_service_order_amount check (amount > 0)
);

create index ix_service_order_customer on service_order (customer_id, created_at);
