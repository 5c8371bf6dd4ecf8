#!/usr/bin/env bash
# Prints the partner ids of partners.txt (the one list of partners), one a line.
#   partner-ids.sh            the ids
#   partner-ids.sh --cli      the CLI commands of every partner's queues (cli/partner-queues.cli.in)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ids() { grep -v -e '^#' -e '^[[:space:]]*$' "$here/partners.txt"; }
if [ "${1:-}" = --cli ]; then
  ids | while read -r id; do sed "s/@PARTNER@/$id/g" "$here/cli/partner-queues.cli.in"; done
else
  ids
fi
