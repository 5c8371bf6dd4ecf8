-- PostgreSQL only (SchemaMigration adds db/migration-postgresql/<context> there). Runs as the
-- schema owner. The application's user receives its table privileges from the owner's default
-- privileges (.ci/postgresql.sh); on the audit tables it keeps only what appending and chaining
-- need. Any other privilege a role holds there is revoked; roles are found in the catalogue, so
-- no role name is written into the migration, and the owner (current_user) keeps its rights.
--   audit_entry, audit_link, audit_checkpoint: SELECT, INSERT
--   audit_unchained (the chainer's queue):     SELECT, INSERT, DELETE
--   audit_chain_head (the sequencer's row):    SELECT, UPDATE
do $$
declare
    r record;
begin
    for r in
        select grantee, table_name, privilege_type from information_schema.role_table_grants
        where table_schema = current_schema()
          and table_name in ('audit_entry', 'audit_link', 'audit_checkpoint', 'audit_unchained', 'audit_chain_head')
          and grantee <> current_user
          and privilege_type not in ('SELECT', 'INSERT')
          and not (table_name = 'audit_unchained' and privilege_type = 'DELETE')
          and not (table_name = 'audit_chain_head' and privilege_type = 'UPDATE')
    loop
        if r.grantee = 'PUBLIC' then
            execute format('revoke %s on %I from public', r.privilege_type, r.table_name);
        else
            execute format('revoke %s on %I from %I', r.privilege_type, r.table_name, r.grantee);
        end if;
    end loop;
end
$$;
