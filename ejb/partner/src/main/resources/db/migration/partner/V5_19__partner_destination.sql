-- Where each partner receives what it is sent (DATA-4, Part 2 §IV(3)): the country (ISO 3166-1
-- alpha-2) of the place the partner processes it, and for a partner abroad the transfer registered
-- with the consent context (impact assessment, separate consent) that covers it. Every partner of
-- the seed is in the PRC. A partner abroad without a transfer receives nothing that names a person.
-- Versioned 5.19 (issue 19) so that it never collides with another branch's V5. Portable SQL.
alter table partner_partner add column country varchar(2) default 'CN' not null;
alter table partner_partner add column crossborder_transfer varchar(64);
alter table partner_partner add constraint ck_partner_partner_transfer_abroad
    check (country <> 'CN' or crossborder_transfer is null);
