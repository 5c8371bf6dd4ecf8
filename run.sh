#!/usr/bin/env bash
# Builds everything, provisions WildFly from Maven Central (server-config/), deploys the EAR and
# starts the server in the foreground on the embedded default database (H2 file). Data lives
# in .run/ and survives restarts and `mvn clean`. Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests install

server=server-config/target/wildfly
base=.run/standalone
mkdir -p "$base/configuration" "$base/deployments" "$base/data" "$base/log"
cp -r "$server/standalone/configuration/." "$base/configuration/"
rm -f "$base/deployments/"meike-privacy.ear*
cp ear/target/meike-privacy.ear "$base/deployments/"

partners=$(server-config/partner-ids.sh | tr '\n' ' ')
(
  for _ in $(seq 1 180); do
    if curl -fs http://localhost:8080/api/health >/dev/null 2>&1; then
      cat <<MSG

=====================================================================
 meike-privacy is up (embedded H2 database, demo configuration)
   REST API        http://localhost:8080/api            (OpenAPI: /api/openapi.yaml)
   Health          http://localhost:8080/api/health
   Camunda         http://localhost:8080/camunda        (Tasklist, Cockpit, Admin)
   Engine REST     http://localhost:8080/engine-rest
 Demo staff (password "demo"): admin, cs.agent, cs.head, ops.agent, ops.head,
   sec.head, privacy.officer, legal.counsel
 Demo partners (JMS, password "demo", server-config/partners.txt):
   ${partners}— tcp://localhost:8080?httpUpgradeEnabled=true&enable1xPrefixes=true
=====================================================================
MSG
      exit 0
    fi
    sleep 2
  done
  echo "meike-privacy did not become healthy within 6 minutes; see $base/log/server.log" >&2
) &

export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true}"
exec "$server/bin/standalone.sh" -c standalone-full.xml -Djboss.server.base.dir="$(pwd)/$base"
