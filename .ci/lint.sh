#!/usr/bin/env bash
# Static checks that need npm: every BPMN file clean under bpmnlint's recommended rules, the
# OpenAPI document of /api clean under Redocly's recommended rules. Tools are pinned.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=${LINT_TOOLS_DIR:-/tmp/meike-lint-tools}
mkdir -p "$tools"
[ -x "$tools/node_modules/.bin/bpmnlint" ] && [ -x "$tools/node_modules/.bin/redocly" ] \
  || npm install --silent --no-audit --no-fund --prefix "$tools" bpmnlint@11 @redocly/cli@2 >/dev/null
echo "== bpmnlint (recommended)"
"$tools/node_modules/.bin/bpmnlint" -c bpmn/.bpmnlintrc bpmn/src/main/resources/processes/*.bpmn
echo "== redocly lint (recommended)"
"$tools/node_modules/.bin/redocly" lint --config web/api/redocly.yaml --format=stylish
