create table first_thing (id bigint primary key, name varchar(50) not null);
