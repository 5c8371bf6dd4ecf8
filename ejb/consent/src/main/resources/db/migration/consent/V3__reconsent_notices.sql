-- Re-consent notices (CON-5, Part 2 §VIII): when each person a major change marked was told
-- about it, and to which account the notice went (the guardian's for a child). A notice is sent
-- once: the relay claims a row by setting notified_at where it is still null.
alter table consent_reconsent_requirement add column notified_at timestamp(6) with time zone;
alter table consent_reconsent_requirement add column notified_to varchar(64);
create index ix_consent_reconsent_notice on consent_reconsent_requirement (notified_at, marked_at);
