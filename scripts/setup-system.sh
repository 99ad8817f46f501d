#!/usr/bin/env bash
# Installs and starts the system packages the test suite needs on Debian (run as root):
#   - Chromium and a CJK font, for the end-to-end tests (never a downloaded browser build);
#   - the PostgreSQL server, started on 127.0.0.1:5432, with the role and database the tests use.
# Idempotent: packages already present are not reinstalled, a running cluster is left running.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "setup-system: missing ${need[*]}; run this script as root (it uses apt-get)" >&2
    exit 1
  fi
  echo "setup-system: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

bash "$(dirname "$0")/ensure-postgres.sh"
