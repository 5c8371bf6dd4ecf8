create table second_thing (id bigint primary key);
