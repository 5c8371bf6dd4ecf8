-- The order retention job's query (RET-1, issue 15): the oldest ended orders not anonymised yet, a
-- batch at a time, in (ended_at, order_number) order. Without an index every batch read and sorted
-- the whole table (issue 15's benchmark at 100,000 due orders); with it a batch is one index range
-- from the oldest end, stopping after the batch. Anonymised orders stay in the range (they keep
-- their dates as the transaction record) and are stepped over.
-- Versioned 9.60 so that it never collides with another branch's V9. Portable SQL (H2 2.2, PostgreSQL 15).
create index ix_service_order_ended on service_order (ended_at, order_number);
