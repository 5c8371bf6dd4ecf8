-- The home-visit service in Nanjing in the registry of services (SHUT-1, issue 16), like Shanghai's
-- and Hangzhou's (V5_40): orders placed in Nanjing are attributed to it (order V8_40). No other
-- city's orders, recordings or tests use Nanjing, so a shutdown of it can be tried in the container
-- end to end without stopping the cities the rest of the system runs in.
-- Versioned 7.75 so that it never collides with another branch's V7. Portable SQL.
insert into rights_service (code, name_zh, name_en, kind, city, purposes, partners, financial) values
 ('home-visit.nanjing', '南京上门服务', 'Home-visit service in Nanjing', 'CITY_SERVICE', 'Nanjing', 'profile.basic,payment.transactions', '', true);
