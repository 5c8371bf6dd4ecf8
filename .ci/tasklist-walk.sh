#!/usr/bin/env bash
# Optional (issue 17): process managers' walk through Tasklist in a headless Chromium —
# TasklistWalkIT drives ear/src/test/js/tasklist-walk.cjs (Playwright) against the real EAR in the
# in-container test server. Installs Chromium from Debian's packages and playwright-core from npm
# when missing (no browser download). Needs the EAR installed (mvn -B install -DskipITs) first.
# Screenshots: ear/target/tasklist-walk/.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-microhei
fi
tools=${MEIKE_WALK_TOOLS:-/tmp/meike-walk-tools}
mkdir -p "$tools"
[ -d "$tools/node_modules/playwright-core" ] \
  || npm install --silent --no-audit --no-fund --prefix "$tools" playwright-core@1 >/dev/null
export MEIKE_WALK_TOOLS="$tools" CHROMIUM="$(command -v chromium)"
flock /tmp/meike-it.lock mvn -B "$@" verify -pl ear -Dit.test=TasklistWalkIT -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false
