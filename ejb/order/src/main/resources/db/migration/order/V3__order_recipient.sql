-- An order placed for another person may name that person's account (ORD-1): when they are a
-- child, the order needs their guardian (as the customer) or the guardian's recorded consent.
-- A table of its own (a row only for orders that name a recipient) rather than a new column:
-- on H2 an ALTER TABLE while the other contexts migrate at the same start-up waits on their
-- schema locks. Portable SQL: H2 2.2 and PostgreSQL 15.

create table order_recipient (
    order_number  varchar(18)  not null,
    recipient_id  varchar(100) not null,
    constraint pk_order_recipient primary key (order_number),
    constraint fk_order_recipient_order foreign key (order_number) references service_order (order_number)
);

create index ix_order_recipient_recipient on order_recipient (recipient_id);
