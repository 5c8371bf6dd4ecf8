#!/usr/bin/env bash
# Configures an unpacked WildFly (full profile) for meike-privacy by applying the CLI scripts
# of this folder offline (embed-server). Always starts from the pristine standalone-full.xml,
# so running it twice, or switching database, gives the same result.
#   provision.sh <wildfly-dir> <h2|postgresql> <demo:true|false> [postgresql-driver.jar]
# MEIKE_SERVER_CONFIG=standalone-full-ha.xml configures the clustered profile instead (the same
# scripts plus configure-cluster.cli; server-config/cluster.sh), leaving standalone-full.xml alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
server=$(cd "$1" && pwd); db=$2; demo=$3; pgjar=${4:-}
cfg=$server/standalone/configuration
config=${MEIKE_SERVER_CONFIG:-standalone-full.xml}
case "$config" in
  standalone-full.xml|standalone-full-ha.xml) ;;
  *) echo "MEIKE_SERVER_CONFIG: standalone-full.xml or standalone-full-ha.xml, not $config" >&2; exit 2 ;;
esac

for f in "$config" application-users.properties application-roles.properties; do
  [ -f "$cfg/$f.pristine" ] || cp "$cfg/$f" "$cfg/$f.pristine"
  cp "$cfg/$f.pristine" "$cfg/$f"
done
rm -rf "$cfg/standalone_xml_history"

if [ "$db" = postgresql ]; then
  "$here/configure-postgresql-module.sh" "$server" "$pgjar"
fi

scripts=("configure-datasource-$db.cli" configure-messaging.cli configure-security.cli configure-application.cli configure-transactions.cli)
[ "$config" = standalone-full-ha.xml ] && scripts+=(configure-cluster.cli)
[ "$demo" = true ] && scripts+=(configure-demo.cli)

batch=$(mktemp)
trap 'rm -f "$batch"' EXIT
echo "embed-server --server-config=$config --std-out=discard" > "$batch"
for s in "${scripts[@]}"; do cat "$here/cli/$s" >> "$batch"; echo >> "$batch"; done
# every partner's queues, from the one list of partners (partners.txt)
"$here/partner-ids.sh" --cli >> "$batch"
if [ "$demo" = true ]; then
  # Demo keys of the identity context (codes, phone numbers, bearer tokens), of recordings and
  # orders, and of the partners context (per-partner pseudonyms): generated with openssl on first
  # provisioning, never committed, kept beside the demo data they protect (.run/, ignored by git)
  # so that accounts, tokens and recordings survive re-provisioning. Production sets its own keys.
  keys=${MEIKE_DEMO_KEYS:-$here/../.run/demo-identity-keys.env}
  fresh=false
  if [ ! -s "$keys" ]; then
    fresh=true
    mkdir -p "$(dirname "$keys")"
    pem=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null)
    ( umask 077
      { echo "code_key=$(openssl rand -hex 32)"
        echo "phone_key=$(openssl rand -hex 32)"
        echo "phone_encryption_key=$(openssl rand -base64 32)"
        echo "token_signing_key=$(echo "$pem" | grep -v -- ----- | tr -d '\n')"
        echo "token_verification_key=$(echo "$pem" | openssl pkey -pubout 2>/dev/null | grep -v -- ----- | tr -d '\n')"
      } > "$keys" )
  fi
  # Keys added after a keys file was first written (recordings' master key, REC-3; orders' and
  # complaints' field keys, DATA-3; partners' pseudonym key; the lawful-disclosure document key,
  # DISC-1) are appended, so older files keep working.
  for name in recording_master_key order_field_key incidents_field_key lawful_document_key; do
    if ! grep -q "^$name=" "$keys"; then
      ( umask 077; echo "$name=$(openssl rand -base64 32)" >> "$keys" )
    fi
  done
  grep -q '^partner_pseudonym_key=' "$keys" || ( umask 077; echo "partner_pseudonym_key=$(openssl rand -hex 32)" >> "$keys" )
  # Every key set is its own key now (README, "Keys and sealing"). Identity's evidence keys and
  # notification's device key used to be derived from identity's phone keys when not set; a keys
  # file from then gets exactly those derived values once, written out as keys of their own, so
  # that the evidence, external account ids and push tokens already stored still open. A new keys
  # file gets random keys.
  # shellcheck disable=SC1090
  . "$keys"
  # hmac <hex key> <label>: HMAC-SHA256 in hex; hmac64: the same bytes in Base64 (the former derivation)
  hmac() { printf %s "$2" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$1" | awk '{print $NF}'; }
  hmac64() { printf %s "$2" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$1" -binary | base64; }
  phone_aes_hex=$(printf %s "$phone_encryption_key" | base64 -d | od -An -v -tx1 | tr -d ' \n')
  derive_or_random() { # <name> <hex|base64> <derived value>
    grep -q "^$1=" "$keys" && return 0
    local value=$3
    if $fresh; then
      if [ "$2" = hex ]; then value=$(openssl rand -hex 32); else value=$(openssl rand -base64 32); fi
    fi
    ( umask 077; echo "$1=$value" >> "$keys" )
  }
  derive_or_random identity_evidence_key hex "$(hmac "$phone_key" meike.identity/evidence-hash/v1)"
  derive_or_random identity_evidence_encryption_key base64 "$(hmac64 "$phone_aes_hex" meike.identity/evidence-cipher/v1)"
  derive_or_random notification_device_key base64 "$(hmac64 "$phone_aes_hex" meike.notification/device-cipher/v1)"
  # The audit chain's checkpoint key (AUD-1): HMAC key of the seals, never in the database.
  grep -q '^audit_checkpoint_key=' "$keys" || ( umask 077; echo "audit_checkpoint_key=$(openssl rand -hex 32)" >> "$keys" )
  # The rights context's field key (issue 15: data-subject requests' details, answers, access packages).
  grep -q '^rights_field_key=' "$keys" || ( umask 077; echo "rights_field_key=$(openssl rand -base64 32)" >> "$keys" )
  # shellcheck disable=SC1090
  . "$keys"
  cat >> "$batch" <<CLI
if (outcome != success) of /subsystem=microprofile-config-smallrye/config-source=meike-rights-keys:read-resource
    /subsystem=microprofile-config-smallrye/config-source=meike-rights-keys:add(ordinal=250, properties={"meike.rights.field-key" => "$rights_field_key"})
end-if
if (outcome != success) of /subsystem=microprofile-config-smallrye/config-source=meike-demo-keys:read-resource
    /subsystem=microprofile-config-smallrye/config-source=meike-demo-keys:add(ordinal=250, properties={"meike.identity.code-key" => "$code_key", "meike.identity.phone-key" => "$phone_key", "meike.identity.phone-encryption-key" => "$phone_encryption_key", "meike.identity.token-signing-key" => "$token_signing_key", "meike.identity.token-verification-key" => "$token_verification_key", "meike.recording.master-key" => "$recording_master_key", "meike.order.field-key" => "$order_field_key", "meike.incidents.field-key" => "$incidents_field_key", "meike.partner.pseudonym-key" => "$partner_pseudonym_key", "meike.lawful.document-key" => "$lawful_document_key", "meike.identity.evidence-key" => "$identity_evidence_key", "meike.identity.evidence-encryption-key" => "$identity_evidence_encryption_key", "meike.notification.device-key" => "$notification_device_key", "meike.audit.checkpoint-key" => "$audit_checkpoint_key"})
end-if
CLI
fi
echo "stop-embedded-server" >> "$batch"
JAVA_OPTS="-Xmx512m" "$server/bin/jboss-cli.sh" --file="$batch" > "$server/provision.log" 2>&1 || {
  cat "$server/provision.log"; echo "provisioning failed (see above)" >&2; exit 1; }

# Key sets added since servers were first configured (added-keys.txt): the same idempotent step an
# existing installation runs after an upgrade (ensure-keys.sh, README "Keys and sealing"). The demo
# configuration keeps them in its keys file, so re-provisioning keeps them too.
if [ "$demo" = true ]; then
  "$here/ensure-keys.sh" "$server" --keys-file "${MEIKE_DEMO_KEYS:-$here/../.run/demo-identity-keys.env}"
  "$here/add-demo-partner-users.sh" "$server"
fi
echo "WildFly at $server ($config) configured for db=$db demo=$demo (${scripts[*]})"
