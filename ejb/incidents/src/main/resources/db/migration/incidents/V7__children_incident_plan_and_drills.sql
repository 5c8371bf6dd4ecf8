-- The children's incident plan (INC-3, issue 14) kept as a versioned document — responsibilities,
-- contacts, steps — and the yearly drills with their records. A version is never changed: a new
-- one is published on top of the newest. Contacts name roles and duty lines, not private numbers.
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
create table incident_plan_version (
    id                varchar(36)   not null,
    plan_version      integer       not null,
    responsibilities  varchar(8000) not null,
    contacts          varchar(4000) not null,
    steps             varchar(8000) not null,
    change_note       varchar(2000) not null,
    published_by      varchar(100)  not null,
    published_at      timestamp(6) with time zone not null,
    constraint pk_incident_plan_version primary key (id),
    constraint uq_incident_plan_version unique (plan_version),
    constraint ck_incident_plan_version_positive check (plan_version > 0)
);

-- A drill the yearly timer raised for the security team, and its record once held.
create table incident_drill (
    id                varchar(36)   not null,
    due_on            date          not null,
    raised_at         timestamp(6) with time zone not null,
    state             varchar(16)   not null,
    overdue           boolean       not null,
    plan_version      integer,
    held_on           date,
    scenario          varchar(4000),
    participants      varchar(2000),
    findings          varchar(4000),
    improvements      varchar(4000),
    recorded_by       varchar(100),
    recorded_at       timestamp(6) with time zone,
    version           bigint        not null,
    constraint pk_incident_drill primary key (id),
    constraint ck_incident_drill_state check (state in ('DUE', 'HELD')),
    constraint ck_incident_drill_held check (state = 'DUE' or (held_on is not null and recorded_by is not null))
);

-- The first version, from the policy's promise for children (Part 3): the privacy office
-- publishes the company's own text as version 2 onwards.
insert into incident_plan_version (id, plan_version, responsibilities, contacts, steps, change_note, published_by, published_at)
values ('00000000-0000-0000-0000-00000000c001', 1,
 '安全负责人：牵头处置、定级、组织演练。Head of security: leads the response, grades the incident, organises the drills.' || chr(10) ||
 '个人信息保护负责人：向网信部门报告、批准通知文本、告知儿童及其监护人。Privacy officer: reports to the cyberspace authority, approves the notice text, tells the children and their guardians.' || chr(10) ||
 '安全团队：控制事态、记录措施、圈定受影响的儿童。Security team: contains the incident, records the measures, selects the children affected.' || chr(10) ||
 '客服：接听监护人来电并记录。Customer service: answers guardians'' calls and records them.',
 '安全值班电话（7×24）Security duty line (24/7): 见内部通讯录 see the internal directory' || chr(10) ||
 '个人信息保护负责人邮箱 Privacy officer''s mailbox: privacy@meike.example' || chr(10) ||
 '省级网信部门报告渠道 Provincial cyberspace authority: 按其公布的报告渠道 through its published reporting channel',
 '1. 发现并登记事件（Tasklist 或 POST /api/incidents），注明涉及儿童。Register the incident, marking children affected.' || chr(10) ||
 '2. 评估范围与分级；较大及以上在发现后4小时内报告。Assess and grade; relatively major or above is reported within 4 hours of discovery.' || chr(10) ||
 '3. 控制事态并记录措施。Contain and record the measures.' || chr(10) ||
 '4. 告知儿童及其监护人（推送、短信），难以逐一告知时发布警示。Tell the children and their guardians (push, SMS); a public warning where individual notice is impractical.' || chr(10) ||
 '5. 按监管要求上报处置情况，结案并总结。Report the handling as the regulator requires; close with the lessons learned.',
 '初版，依据隐私政策儿童个人信息保护部分 First version, from the policy''s part on children',
 'system', timestamp with time zone '2026-12-07 00:00:00+00:00');
