-- Consent history retention (RET-1, issue 15): when an account closes, the consent context notes
-- when, so that the person's ledger is kept as proof for the configured years after the closing and
-- then deleted (ConsentHistoryRetention); the person's rows of the check's read model
-- (consent_current) go at the closing — there is no account left to check. Ids and dates only.
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15; the application's user gets its
-- privileges from the owner's default privileges (.ci/postgresql.sh).
create table consent_closed_subject (
    subject_id  varchar(64) not null,
    closed_at   timestamp(6) with time zone not null,
    constraint pk_consent_closed_subject primary key (subject_id)
);

create index ix_consent_closed_subject_closed_at on consent_closed_subject (closed_at);
create index ix_consent_entry_occurred_at on consent_entry (occurred_at);
