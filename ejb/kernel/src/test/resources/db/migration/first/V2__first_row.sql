insert into first_thing (id, name) values (1, 'one');
