-- PostgreSQL only (SchemaMigration adds db/migration-postgresql/<context> there). Runs as the
-- schema owner. Conduct records are kept permanently (RET-3): the application's user keeps only
-- SELECT and INSERT on incidents_conduct_record; any other privilege a role other than the owner
-- holds there is revoked (roles found in the catalogue, as for the audit trail).
do $$
declare
    r record;
begin
    for r in
        select grantee, table_name, privilege_type from information_schema.role_table_grants
        where table_schema = current_schema()
          and table_name = 'incidents_conduct_record'
          and grantee <> current_user
          and privilege_type not in ('SELECT', 'INSERT')
    loop
        if r.grantee = 'PUBLIC' then
            execute format('revoke %s on %I from public', r.privilege_type, r.table_name);
        else
            execute format('revoke %s on %I from %I', r.privilege_type, r.table_name, r.grantee);
        end if;
    end loop;
end
$$;
