#!/usr/bin/env bash
# Makes a local PostgreSQL (Debian's package) ready for the in-container tests: installed,
# max_prepared_transactions raised for XA, running, with database meike_privacy and two roles:
#   meike      the schema owner: owns the database, runs the migrations (MeikeMigrationDS)
#   meike_app  the application's user (MeikePrivacyDS): reads and writes rows, creates no tables of
#              ours, and on the audit tables may only INSERT and SELECT (the audit migration keeps
#              it so, see README "PostgreSQL")
# `--fresh` drops the database first (CI starts from an empty one: a clean clone generates new demo
# keys, and rows sealed under an earlier run's keys could never be opened).
# `--database NAME` prepares NAME instead of meike_privacy (created, owned by meike, when missing).
# Idempotent; restarts the server only when it had to change its configuration.
set -euo pipefail
fresh=false; database=meike_privacy
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) fresh=true ;;
    --database) database=$2; shift ;;
    *) echo "usage: $0 [--fresh] [--database NAME]" >&2; exit 2 ;;
  esac
  shift
done
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
# pg_ctl <args>: pg_ctlcluster with only stdin/stdout/stderr open. The server it starts keeps every
# descriptor it inherits: run under `flock /tmp/meike-it.lock …`, it held the test lock for as long
# as it ran, and every later in-container test waited forever.
pg_ctl() (
  for fd in /proc/self/fd/*; do
    n=${fd##*/}
    [ "$n" -gt 2 ] && eval "exec $n>&-" 2>/dev/null
  done
  exec pg_ctlcluster "$@"
)
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -q "^$version/main$"; then
  pg_createcluster "$version" main >/dev/null
fi
conf=/etc/postgresql/$version/main/postgresql.conf
if ! grep -q '^max_prepared_transactions = 50' "$conf"; then
  echo 'max_prepared_transactions = 50' >> "$conf"
  pg_ctl "$version" main restart
elif ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  pg_ctl "$version" main start
fi
for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
psql_as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }
psql_as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname='meike'\"" | grep -q 1 \
  || psql_as_postgres "-c \"CREATE ROLE meike LOGIN PASSWORD 'meike'\""
psql_as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname='meike_app'\"" | grep -q 1 \
  || psql_as_postgres "-c \"CREATE ROLE meike_app LOGIN PASSWORD 'meike_app'\""
if $fresh; then
  # XA branches a killed server left prepared would keep the database in use: roll them back first.
  for gid in $(psql_as_postgres "-c \"SELECT gid FROM pg_prepared_xacts WHERE database='$database'\""); do
    psql_as_postgres "-d $database -c \"ROLLBACK PREPARED '$gid'\""
  done
  psql_as_postgres "-c 'DROP DATABASE IF EXISTS $database WITH (FORCE)'"
fi
psql_as_postgres "-c \"SELECT 1 FROM pg_database WHERE datname='$database'\"" | grep -q 1 \
  || su postgres -c "createdb -O meike $database"
# The application's user: rows of every table the owner creates (default privileges, so the tables
# the migrations create at deployment are covered), tables that exist already except the audit
# ones, the sequences, and CREATE in the schema only because Camunda creates and updates its own
# tables at start (databaseSchemaUpdate; they belong to meike_app). The audit migration for
# PostgreSQL then takes UPDATE and DELETE on the audit tables back.
su postgres -c "psql -v ON_ERROR_STOP=1 -q -d $database" <<SQL
GRANT CONNECT ON DATABASE $database TO meike_app;
GRANT USAGE, CREATE ON SCHEMA public TO meike_app;
ALTER DEFAULT PRIVILEGES FOR ROLE meike IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO meike_app;
ALTER DEFAULT PRIVILEGES FOR ROLE meike IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO meike_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO meike_app;
DO \$\$
DECLARE t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'audit\_%' LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO meike_app', t.tablename);
  END LOOP;
END
\$\$;
SQL
echo "PostgreSQL $version ready: database $database (owner meike, application user meike_app)," \
  "max_prepared_transactions=$(psql_as_postgres "-c 'SHOW max_prepared_transactions'")"
