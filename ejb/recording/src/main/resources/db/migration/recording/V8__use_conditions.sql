-- REC-7 (issue 19): the condition an allowed use needs, checked when the application is made and
-- kept with it. Dispute evidence needs the consent of a party of the order (the consent-ledger entry
-- it rests on) or the complaint that asks for it; urgent protection needs its urgency recorded and
-- is reviewed afterwards by the privacy office (review_state PENDING until then). Spot checks and
-- safety analysis need no condition beyond the two approvals. Applications from before this script
-- have none. Portable SQL for H2 2.2 and PostgreSQL 15.
alter table recording_access_application add column use_condition varchar(32);
alter table recording_access_application add column complaint_number varchar(32);
alter table recording_access_application add column consent_entry bigint;
alter table recording_access_application add column urgency varchar(1000);
alter table recording_access_application add column review_state varchar(16);
alter table recording_access_application add column reviewed_by varchar(100);
alter table recording_access_application add column reviewed_at timestamp(6) with time zone;
alter table recording_access_application add column review_comment varchar(1000);
alter table recording_access_application add constraint ck_recording_access_application_condition
    check (use_condition is null
        or (use_condition in ('CUSTOMER_CONSENT', 'BEAUTICIAN_CONSENT') and use = 'DISPUTE_EVIDENCE' and consent_entry is not null)
        or (use_condition = 'COMPLAINT' and use = 'DISPUTE_EVIDENCE' and complaint_number is not null)
        or (use_condition = 'URGENCY_RECORDED' and use = 'URGENT_PROTECTION' and urgency is not null and review_state is not null));
alter table recording_access_application add constraint ck_recording_access_application_review
    check (review_state is null or review_state in ('PENDING', 'JUSTIFIED', 'NOT_JUSTIFIED'));
