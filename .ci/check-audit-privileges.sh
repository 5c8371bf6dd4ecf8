#!/usr/bin/env bash
# Checks on PostgreSQL that the application's user cannot rewrite or remove audit entries (AUD-1):
# as meike_app, UPDATE, DELETE and TRUNCATE of every audit table that holds the trail's content must
# be refused, while SELECT works. Run after the in-container tests (the tables exist then).
#   .ci/check-audit-privileges.sh [database]   (default meike_privacy; password MEIKE_APP_PASSWORD)
set -euo pipefail
database=${1:-meike_privacy}
export PGPASSWORD=${MEIKE_APP_PASSWORD:-meike_app}
as_app() { psql -h localhost -U meike_app -d "$database" -v ON_ERROR_STOP=1 -qtAc "$1" 2>&1; }
failed=0
as_app "SELECT count(*) FROM audit_entry" >/dev/null || { echo "FAIL: meike_app cannot read audit_entry"; failed=1; }
for statement in \
    "UPDATE audit_entry SET detail = detail" \
    "DELETE FROM audit_entry" \
    "TRUNCATE audit_entry CASCADE" \
    "UPDATE audit_link SET hash = hash" \
    "DELETE FROM audit_link" \
    "UPDATE audit_checkpoint SET mac = mac" \
    "DELETE FROM audit_checkpoint" \
    "DELETE FROM audit_chain_head" \
    "UPDATE audit_subject SET entry_id = entry_id" \
    "DELETE FROM audit_subject" \
    "TRUNCATE audit_subject" \
    "ALTER TABLE audit_entry DISABLE TRIGGER ALL"; do
  if out=$(as_app "BEGIN; $statement; ROLLBACK;"); then
    echo "FAIL: meike_app may: $statement"; failed=1
  elif ! grep -qE "permission denied|must be owner" <<<"$out"; then
    echo "FAIL: $statement failed, but not for lack of privilege: $out"; failed=1
  else
    echo "ok: refused to meike_app: $statement"
  fi
done
[ $failed = 0 ] && echo "PASS: the application's user only inserts and reads the audit trail" || exit 1
