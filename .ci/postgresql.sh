#!/usr/bin/env bash
# Makes a local PostgreSQL (Debian's package) ready for the in-container tests: installed,
# max_prepared_transactions raised for XA, running, with role meike / database meike_privacy.
# `--fresh` drops the database first (CI starts from an empty one: a clean clone generates new demo
# keys, and rows sealed under an earlier run's keys could never be opened).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -q "^$version/main$"; then
  pg_createcluster "$version" main >/dev/null
fi
conf=/etc/postgresql/$version/main/postgresql.conf
grep -q '^max_prepared_transactions = 50' "$conf" || echo 'max_prepared_transactions = 50' >> "$conf"
pg_ctlcluster "$version" main restart
for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='meike'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE meike LOGIN PASSWORD 'meike'\""
if [ "${1:-}" = "--fresh" ]; then
  # XA branches a killed server left prepared would keep the database in use: roll them back first.
  for gid in $(su postgres -c "psql -qtAc \"SELECT gid FROM pg_prepared_xacts WHERE database='meike_privacy'\""); do
    su postgres -c "psql -d meike_privacy -qc \"ROLLBACK PREPARED '$gid'\""
  done
  su postgres -c "psql -qc 'DROP DATABASE IF EXISTS meike_privacy WITH (FORCE)'"
fi
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='meike_privacy'\"" | grep -q 1 \
  || su postgres -c "createdb -O meike meike_privacy"
echo "PostgreSQL $version ready: max_prepared_transactions=$(su postgres -c "psql -qtAc 'SHOW max_prepared_transactions'")"
