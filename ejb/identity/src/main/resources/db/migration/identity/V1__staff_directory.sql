-- The staff directory: departments with their function and head, and the staff who belong to them.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.
-- department.head_username has no foreign key to staff_member: the two tables refer to each other,
-- and a department is written before its members.

create table department (
    code          varchar(64)  not null,
    name          varchar(200) not null,
    function      varchar(32),
    head_username varchar(64),
    constraint pk_department primary key (code),
    constraint uq_department_function unique (function)
);

create table staff_member (
    username        varchar(64)  not null,
    display_name    varchar(200) not null,
    department_code varchar(64),
    constraint pk_staff_member primary key (username),
    constraint fk_staff_member_department foreign key (department_code) references department (code)
);

create index ix_staff_member_department on staff_member (department_code);
