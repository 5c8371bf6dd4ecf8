#!/usr/bin/env bash
# Adds the key sets of added-keys.txt that a configured WildFly lacks (an existing installation
# after an upgrade, or a fresh one), and nothing else; running it again adds nothing. A key counts
# as present when any config source of the configuration defines its property (a production server
# that sets its keys in a config source of its own keeps them). Values are never printed.
#   ensure-keys.sh <wildfly-dir> [--keys-file <file>]
# --keys-file (the demo configuration, provision.sh): a missing key is taken from the file (as
# rights_vault_key for meike.rights.vault-key), or generated and appended to it first, so that re-provisioning keeps the same key (the data sealed
# under it stays readable). Without it a missing key is generated with openssl and only the
# configuration holds it. MEIKE_SERVER_CONFIG names the configuration (default standalone-full.xml).
# The new keys go into the config source meike-added-keys (ordinal 250), added offline (embed-server).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
server=$(cd "$1" && pwd); shift
keys=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keys-file) keys=$2; shift 2 ;;
    *) echo "ensure-keys.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
config=${MEIKE_SERVER_CONFIG:-standalone-full.xml}
xml=$server/standalone/configuration/$config
[ -f "$xml" ] || { echo "ensure-keys.sh: no configuration $xml" >&2; exit 1; }

missing=()
while read -r name format _; do
  case "$name" in ''|'#'*) continue ;; esac
  grep -q "<property name=\"$name\" " "$xml" || missing+=("$name:$format")
done < "$here/added-keys.txt"

if [ ${#missing[@]} -eq 0 ]; then
  echo "ensure-keys.sh: $config has every key set of added-keys.txt"
  exit 0
fi

generate() { if [ "$1" = hex ]; then openssl rand -hex 32; else openssl rand -base64 32; fi; }
batch=$(mktemp)
trap 'rm -f "$batch"' EXIT
chmod 600 "$batch"
echo "embed-server --server-config=$config --std-out=discard" > "$batch"
cat >> "$batch" <<CLI
if (outcome != success) of /subsystem=microprofile-config-smallrye/config-source=meike-added-keys:read-resource
    /subsystem=microprofile-config-smallrye/config-source=meike-added-keys:add(ordinal=250, properties={})
end-if
CLI
added=()
for entry in "${missing[@]}"; do
  name=${entry%%:*}; format=${entry##*:}
  value=""
  if [ -n "$keys" ]; then
    # in the keys file as a shell variable: meike.rights.vault-key -> rights_vault_key
    var=$(printf %s "${name#meike.}" | tr '.-' '__')
    line=$(grep "^$var=" "$keys" 2>/dev/null | head -1 || true)
    if [ -z "$line" ]; then
      mkdir -p "$(dirname "$keys")"
      ( umask 077; echo "$var=$(generate "$format")" >> "$keys" )
      line=$(grep "^$var=" "$keys" | head -1)
    fi
    value=${line#*=}
  else
    value=$(generate "$format")
  fi
  echo "/subsystem=microprofile-config-smallrye/config-source=meike-added-keys:map-put(name=properties, key=\"$name\", value=\"$value\")" >> "$batch"
  added+=("$name")
done
echo "stop-embedded-server" >> "$batch"
JAVA_OPTS="-Xmx512m" "$server/bin/jboss-cli.sh" --file="$batch" > "$server/ensure-keys.log" 2>&1 || {
  cat "$server/ensure-keys.log"; echo "ensure-keys.sh: adding keys failed (see above)" >&2; exit 1; }
echo "ensure-keys.sh: added to $config: ${added[*]}"
