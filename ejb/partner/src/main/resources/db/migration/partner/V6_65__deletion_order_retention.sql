-- Deletion orders' retention (RET-1, issue 15): DeletionOrderRetention deletes orders completed
-- longer ago than meike.retention.deletion-order-days, oldest first; this index serves its due
-- query. Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
create index ix_partner_deletion_order_completed on partner_deletion_order (completed_at);
