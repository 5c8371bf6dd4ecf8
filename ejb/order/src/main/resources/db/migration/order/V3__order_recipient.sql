-- An order placed for another person may name that person's account (ORD-1): when they are a
-- child, the order needs their guardian (as the customer) or the guardian's recorded consent.
-- Portable SQL: H2 2.2 and PostgreSQL 15.

alter table service_order add column recipient_id varchar(100);
