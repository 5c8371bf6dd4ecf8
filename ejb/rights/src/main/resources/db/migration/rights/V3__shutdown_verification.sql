-- What the verification of a shutdown found (SHUT-1, issue 16): per context and category, the items
-- still held for the service (left: must be zero) and those kept lawfully (legal hold, transaction
-- record). Replaced at each verification; counts only, no personal data. The people_before/after
-- columns of rights_shutdown now sum the items left before the disposal and after it.
create table rights_shutdown_remaining (
    shutdown_id   varchar(36)   not null,
    context_name  varchar(32)   not null,
    category      varchar(200)  not null,
    left_count    bigint        not null,
    kept_count    bigint        not null,
    constraint pk_rights_shutdown_remaining primary key (shutdown_id, context_name, category),
    constraint fk_rights_shutdown_remaining_shutdown foreign key (shutdown_id) references rights_shutdown (id)
);
