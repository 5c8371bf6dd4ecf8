-- The archive vault keeps one row per person, legal basis and keeping date instead of one per record
-- (issue 16: a shutdown's disposal sealed two rows for every person with one order). category now
-- holds the categories of the row's records, in the order of the sealed content's lines, separated
-- by a space (up to 20 records a row; rows written before this migration hold one record and one
-- category). A disclosure's scope still selects by category (the vault's reader splits the row).
alter table rights_vault_record alter column category set data type varchar(1000);
