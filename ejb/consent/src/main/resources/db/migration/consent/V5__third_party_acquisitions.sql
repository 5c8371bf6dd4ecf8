-- Information obtained from third parties (CON-6, Part 2 §I (十一) 2): each receipt with its
-- source, the categories received and the source's written legality commitment. Append only.
create table consent_third_party_acquisition (
    id                   varchar(64)   not null,
    subject_id           varchar(64)   not null,
    source               varchar(200)  not null,
    data_categories      varchar(1000) not null,
    commitment_reference varchar(200)  not null,
    commitment_date      date          not null,
    recorded_by          varchar(100)  not null,
    recorded_at          timestamp(6) with time zone not null,
    constraint pk_consent_third_party_acquisition primary key (id)
);

create index ix_consent_third_party_acquisition_subject
    on consent_third_party_acquisition (subject_id, recorded_at);
