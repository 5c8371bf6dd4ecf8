-- REC-9: recordings are also released to a user who holds a legal document (a party or lawyer
-- with a court's investigation order), reviewed by legal like an authority's request.
alter table lawful_disclosure_request drop constraint ck_lawful_disclosure_request_authority;
alter table lawful_disclosure_request add constraint ck_lawful_disclosure_request_authority
    check (authority_kind in ('PUBLIC_SECURITY', 'STATE_SECURITY', 'PROCURATORATE', 'COURT',
                              'SUPERVISORY_COMMISSION', 'REGULATOR', 'LEGAL_DOCUMENT_HOLDER',
                              'FOREIGN_AUTHORITY'));
