#!/usr/bin/env bash
# Demo/dev ONLY: one messaging user per partner id, password "demo", role partner-<id>.
# Production: run add-user.sh -a for each partner with a real secret handed over out of band.
set -euo pipefail
server=$1
here=$(cd "$(dirname "$0")" && pwd)
for p in $("$here/partner-ids.sh"); do
  "$server/bin/add-user.sh" -a -s -u "$p" -p demo -g "partner-$p" -r ApplicationRealm >/dev/null 2>&1
done
