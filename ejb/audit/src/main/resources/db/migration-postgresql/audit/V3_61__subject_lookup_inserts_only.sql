-- PostgreSQL only, after V3_60 (the chainer's subject look-up audit_subject and the investigators'
-- view audit_entry_by_subject): as V3 for the other audit tables, the application's user keeps only
-- SELECT and INSERT on the table and SELECT on the view; any other privilege a role other than the
-- owner holds there (from the owner's default privileges) is revoked.
do $$
declare
    r record;
begin
    for r in
        select grantee, table_name, privilege_type from information_schema.role_table_grants
        where table_schema = current_schema()
          and table_name in ('audit_subject', 'audit_entry_by_subject')
          and grantee <> current_user
          and privilege_type <> 'SELECT'
          and not (table_name = 'audit_subject' and privilege_type = 'INSERT')
    loop
        if r.grantee = 'PUBLIC' then
            execute format('revoke %s on %I from public', r.privilege_type, r.table_name);
        else
            execute format('revoke %s on %I from %I', r.privilege_type, r.table_name, r.grantee);
        end if;
    end loop;
end
$$;
