-- Transfers of the data to a new holder in a merger, acquisition or bankruptcy (PTN-6, Part 2
-- §III(2)): the new holder either commits to the policy in force, or everyone whose data in the
-- affected scope moves must consent again. Append only.
create table consent_data_holder_transfer (
    id                   varchar(36)   not null,
    kind                 varchar(32)   not null,
    new_holder           varchar(200)  not null,
    transfer_date        date          not null,
    scope                varchar(2000) not null,
    outcome              varchar(32)   not null,
    commitment_reference varchar(200),
    policy_version       varchar(32)   not null,
    people_marked        integer       not null,
    recorded_by          varchar(100)  not null,
    recorded_at          timestamp(6) with time zone not null,
    constraint pk_consent_data_holder_transfer primary key (id),
    constraint fk_consent_data_holder_transfer_version
        foreign key (policy_version) references consent_policy_version (version),
    constraint ck_consent_data_holder_transfer_kind
        check (kind in ('MERGER', 'ACQUISITION', 'BANKRUPTCY_LIQUIDATION')),
    constraint ck_consent_data_holder_transfer_outcome
        check (outcome in ('BOUND_TO_CURRENT_POLICY', 'REQUIRES_RECONSENT')),
    constraint ck_consent_data_holder_transfer_commitment
        check (outcome <> 'BOUND_TO_CURRENT_POLICY' or commitment_reference is not null)
);

-- A re-consent requirement a transfer caused (null: a major policy change). Such a requirement
-- outdates every earlier consent, even one given under the version in force.
alter table consent_reconsent_requirement add column data_holder_transfer_id varchar(36);
