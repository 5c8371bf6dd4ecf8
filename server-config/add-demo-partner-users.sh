#!/usr/bin/env bash
# Demo/dev ONLY: one messaging user per partner id, password "demo", role partner-<id>.
# Production: run add-user.sh -a for each partner with a real secret handed over out of band.
set -euo pipefail
server=$1
for p in getui huawei-push amap sms email wechat-pay alipay analytics; do
  "$server/bin/add-user.sh" -a -s -u "$p" -p demo -g "partner-$p" -r ApplicationRealm >/dev/null 2>&1
done
