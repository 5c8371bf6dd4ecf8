-- Security incidents (INC-1..4): a personal-information breach, its grading under the 2025 national
-- measures for reporting cybersecurity incidents, its clocks, its history, and the reports made to
-- the provincial cyberspace authority. Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
-- The incident's texts describe systems and what happened, not people: the people concerned are
-- selected by the notice campaign (notification context) and never listed here.

create table security_incident (
    id                    varchar(36)   not null,
    discovered_at         timestamp(6) with time zone not null,
    description           varchar(4000) not null,
    systems               varchar(1000) not null,
    categories            varchar(2000) not null,
    estimated_people      bigint        not null,
    children_affected     boolean       not null,
    grade                 varchar(32)   not null,
    state                 varchar(32)   not null,
    registered_by         varchar(100)  not null,
    registered_at         timestamp(6) with time zone not null,
    report_due_at         timestamp(6) with time zone,
    report_submitted_at   timestamp(6) with time zone,
    report_reference      varchar(200),
    report_missed         boolean       not null,
    notice_due_at         timestamp(6) with time zone not null,
    notice_missed         boolean       not null,
    measures              varchar(4000),
    notify_people         boolean,
    announce              boolean,
    notice_facts          varchar(2000),
    notice_impact         varchar(2000),
    notice_measures       varchar(2000),
    notice_advice         varchar(2000),
    notice_remedies       varchar(2000),
    notice_approved_by    varchar(100),
    notice_approved_at    timestamp(6) with time zone,
    campaign_id           varchar(36),
    notices_started_at    timestamp(6) with time zone,
    announcement          varchar(4000),
    announced_at          timestamp(6) with time zone,
    handling              varchar(4000),
    lessons               varchar(4000),
    closed_by             varchar(100),
    closed_at             timestamp(6) with time zone,
    version               bigint        not null,
    constraint pk_security_incident primary key (id),
    constraint ck_security_incident_grade
        check (grade in ('GENERAL', 'RELATIVELY_MAJOR', 'MAJOR', 'ESPECIALLY_MAJOR')),
    constraint ck_security_incident_state
        check (state in ('REGISTERED', 'ASSESSED', 'CONTAINED', 'NOTIFYING', 'CLOSED')),
    constraint ck_security_incident_people check (estimated_people >= 0),
    constraint ck_security_incident_report
        check ((report_submitted_at is null) = (report_reference is null)),
    constraint ck_security_incident_notice_approved
        check ((notice_approved_by is null) = (notice_approved_at is null)),
    constraint ck_security_incident_closed
        check ((state = 'CLOSED') = (closed_at is not null))
);
create index ix_security_incident_state on security_incident (state, discovered_at);

-- What happened to an incident, in order: registration, each grade change (only upwards), each
-- containment measure with who and when, reminders, escalations, missed clocks, notices, closing.
create table security_incident_entry (
    id           varchar(36)   not null,
    incident_id  varchar(36)   not null,
    seq          integer       not null,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(100)  not null,
    kind         varchar(32)   not null,
    note         varchar(4000),
    constraint pk_security_incident_entry primary key (id),
    constraint fk_security_incident_entry foreign key (incident_id) references security_incident (id),
    constraint uq_security_incident_entry_seq unique (incident_id, seq),
    constraint ck_security_incident_entry_kind
        check (kind in ('REGISTERED', 'GRADE_RAISED', 'ASSESSED', 'CONTAINMENT', 'REPORT_SUBMITTED',
                        'REPORT_REMINDED', 'REPORT_ESCALATED', 'REPORT_MISSED', 'NOTICES_DECIDED',
                        'NOTICES_REMINDED', 'NOTICES_ESCALATED', 'NOTICES_MISSED', 'NOTICES_STARTED',
                        'ANNOUNCED', 'CLOSED'))
);

-- The reports to the regulator generated from the records: the initial one (reviewed, edited and
-- marked submitted by the privacy officer with its time and reference) and the updated one made
-- when the incident is closed. Both are kept with the incident.
create table security_incident_report (
    id            varchar(36)   not null,
    incident_id   varchar(36)   not null,
    kind          varchar(16)   not null,
    body          varchar(16000) not null,
    created_at    timestamp(6) with time zone not null,
    submitted_by  varchar(100),
    submitted_at  timestamp(6) with time zone,
    reference     varchar(200),
    constraint pk_security_incident_report primary key (id),
    constraint fk_security_incident_report foreign key (incident_id) references security_incident (id),
    constraint uq_security_incident_report_kind unique (incident_id, kind),
    constraint ck_security_incident_report_kind check (kind in ('INITIAL', 'FINAL'))
);
