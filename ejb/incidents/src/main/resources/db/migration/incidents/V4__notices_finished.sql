-- The notice campaign's end is part of the incident's history (INC-2, issue 14): how many people
-- were told and how many could not be reached (listed for the public announcement).
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
alter table security_incident_entry drop constraint ck_security_incident_entry_kind;
alter table security_incident_entry add constraint ck_security_incident_entry_kind
    check (kind in ('REGISTERED', 'GRADE_RAISED', 'ASSESSED', 'CONTAINMENT', 'REPORT_SUBMITTED',
                    'REPORT_REMINDED', 'REPORT_ESCALATED', 'REPORT_MISSED', 'NOTICES_DECIDED',
                    'NOTICES_REMINDED', 'NOTICES_ESCALATED', 'NOTICES_MISSED', 'NOTICES_STARTED',
                    'NOTICES_FINISHED', 'ANNOUNCED', 'CLOSED'));
