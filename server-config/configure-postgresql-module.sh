#!/usr/bin/env bash
# Installs the PostgreSQL JDBC driver as the module org.postgresql of a WildFly installation.
#   configure-postgresql-module.sh <wildfly-dir> <postgresql-42.x.jar>
set -euo pipefail
server=$1; jar=$2
[ -f "$jar" ] || { echo "PostgreSQL driver jar not found: $jar" >&2; exit 1; }
if [ ! -d "$server/modules/org/postgresql/main" ]; then
  "$server/bin/jboss-cli.sh" --command="module add --name=org.postgresql --resources=$jar --dependencies=jakarta.transaction.api" >/dev/null
fi
