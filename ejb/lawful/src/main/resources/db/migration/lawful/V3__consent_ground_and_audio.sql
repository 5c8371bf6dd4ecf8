-- Issue 19 (REC-9, DISC-2): the consent branch. A request rests on a legal procedure (an
-- authority's or a legal document holder's, as before) or on the person's separate consent: a
-- recipient the person consented to receive a recording (service.recording.sharing), or a public
-- disclosure with the person's separate explicit consent (disclosure.public). The consent-ledger
-- entries found in force at screening are kept. A legal document holder and a consented recipient
-- receive the audio itself, inside the sealed package, so the package may be larger than before.
-- Portable SQL for H2 2.2 and PostgreSQL 15.
alter table lawful_disclosure_request add column ground varchar(32) default 'LEGAL_PROCEDURE' not null;
alter table lawful_disclosure_request add column consent_entries varchar(200);
alter table lawful_disclosure_request add constraint ck_lawful_disclosure_request_ground
    check (ground in ('LEGAL_PROCEDURE', 'SEPARATE_CONSENT'));
alter table lawful_disclosure_request drop constraint ck_lawful_disclosure_request_authority;
alter table lawful_disclosure_request add constraint ck_lawful_disclosure_request_authority
    check (authority_kind in ('PUBLIC_SECURITY', 'STATE_SECURITY', 'PROCURATORATE', 'COURT',
                              'SUPERVISORY_COMMISSION', 'REGULATOR', 'LEGAL_DOCUMENT_HOLDER',
                              'CONSENTED_RECIPIENT', 'FOREIGN_AUTHORITY'));
alter table lawful_disclosure_package alter column ciphertext set data type varchar(10000000);
