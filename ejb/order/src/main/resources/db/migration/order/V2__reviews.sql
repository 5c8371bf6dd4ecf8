-- Customers' reviews of completed orders (ORD-4). One review per order (the primary key); the
-- text is stored only sealed with AES-256-GCM like the order's personal fields (DATA-3).
-- recordings_held says the review was at or below the bad-review threshold and put a legal hold
-- on the order's recordings in the same transaction (REC-6). Portable SQL: H2 2.2 and PostgreSQL 15.

create table order_review (
    order_number     varchar(18)   not null,
    customer_id      varchar(100)  not null,
    rating           integer       not null,
    review_text      varchar(4000),
    recordings_held  boolean       not null,
    reviewed_at      timestamp(6) with time zone not null,
    constraint pk_order_review primary key (order_number),
    constraint fk_order_review_order foreign key (order_number) references service_order (order_number),
    constraint ck_order_review_rating check (rating between 1 and 5)
);
