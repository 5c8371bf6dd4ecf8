-- The home-visit service of a city in the registry of services (SHUT-1, issue 16): orders are
-- attributed to it by their city (order V8_40), so a city's shutdown stops new orders there and
-- disposes of that city's orders. Payments are part of an order, hence notices by SMS as well.
-- Versioned 5.40 so that it never collides with another branch's V5. Portable SQL.
insert into rights_service (code, name_zh, name_en, kind, city, purposes, partners, financial) values
 ('home-visit.shanghai', '上海上门服务', 'Home-visit service in Shanghai', 'CITY_SERVICE', 'Shanghai', 'profile.basic,payment.transactions', '', true),
 ('home-visit.hangzhou', '杭州上门服务', 'Home-visit service in Hangzhou', 'CITY_SERVICE', 'Hangzhou', 'profile.basic,payment.transactions', '', true);
