-- Orders attributed to a service (SHUT-1, issue 16): an order is for the home-visit service of its
-- city, so a city's shutdown finds the people whose orders were placed there and disposes of those
-- orders only. The area is the city as the registry compares it (trimmed, lower case), kept in its
-- own column so that the shutdown's pages of people are one index range, not a scan.
-- Versioned 8.40 so that it never collides with another branch's V8. Portable SQL (H2 2.2, PostgreSQL 15).
alter table service_order add column service_area varchar(64);

update service_order set service_area = lower(trim(city));

alter table service_order alter column service_area set not null;

create index ix_service_order_area on service_order (service_area, customer_id);
