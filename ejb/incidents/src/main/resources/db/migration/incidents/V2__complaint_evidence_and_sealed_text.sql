-- Complaint evidence (REC-6, REC-7, CMP-1) and sealed free text (DATA-3). Portable SQL: the same
-- file runs on H2 2.2 and PostgreSQL 15.
--
-- Text, answer and history notes are now stored sealed (AES-256-GCM, key meike.incidents.field-key):
-- the columns widen to hold key id + Base64 of IV, ciphertext and tag. Rows written before this
-- version keep their text in clear with text_sealed / note_sealed = false; LegacyComplaintSealing
-- seals them at the next deployment (SQL cannot: the key is in configuration, not the database).

alter table complaint alter column complaint_text set data type varchar(12000);
alter table complaint alter column answer set data type varchar(12000);
alter table complaint add column text_sealed boolean default false not null;
-- The legal hold this complaint put on its order's recordings (recording context's id).
alter table complaint add column legal_hold_id varchar(36);

alter table complaint_entry alter column note set data type varchar(12000);
alter table complaint_entry add column note_sealed boolean default false not null;
alter table complaint_entry drop constraint ck_complaint_entry_kind;
alter table complaint_entry add constraint ck_complaint_entry_kind
    check (kind in ('FILED', 'ESCALATED', 'INFORMATION_REQUESTED', 'INFORMATION_RECEIVED',
                    'INFORMATION_NOT_RECEIVED', 'REMINDED', 'DEADLINE_MISSED', 'ANSWERED', 'CLOSED',
                    'EVIDENCE_HELD', 'EVIDENCE_RELEASED', 'ATTACHMENT_ADDED', 'RECORDING_ACCESS_REQUESTED'));

-- What the complainant attached: name sealed, type and size in clear (no personal data).
create table complaint_attachment (
    id               varchar(36)   not null,
    complaint_number varchar(18)   not null,
    sealed_name      varchar(1000) not null,
    content_type     varchar(100)  not null,
    size_bytes       bigint        not null,
    added_by         varchar(100)  not null,
    added_at         timestamp(6) with time zone not null,
    constraint pk_complaint_attachment primary key (id),
    constraint fk_complaint_attachment_complaint
        foreign key (complaint_number) references complaint (complaint_number),
    constraint ck_complaint_attachment_size check (size_bytes > 0)
);

create index ix_complaint_attachment_complaint on complaint_attachment (complaint_number, added_at);

-- The sealed bytes, apart so that reading a complaint never loads them.
create table complaint_attachment_content (
    attachment_id    varchar(36)   not null,
    sealed_content   bytea         not null,
    constraint pk_complaint_attachment_content primary key (attachment_id),
    constraint fk_complaint_attachment_content
        foreign key (attachment_id) references complaint_attachment (id)
);

-- Recording-access applications (recording context's ids) handlers made from a complaint.
create table complaint_recording_access (
    application_id   varchar(36)   not null,
    complaint_number varchar(18)   not null,
    applied_by       varchar(100)  not null,
    applied_at       timestamp(6) with time zone not null,
    constraint pk_complaint_recording_access primary key (application_id),
    constraint fk_complaint_recording_access_complaint
        foreign key (complaint_number) references complaint (complaint_number)
);

create index ix_complaint_recording_access_complaint on complaint_recording_access (complaint_number);
