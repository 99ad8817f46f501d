#!/usr/bin/env bash
# The whole test suite: type check, then domain, database (PGlite and PostgreSQL server), API and
# end-to-end tests in one vitest run that ends with a plain `N passed, N failed` line.
# Needs Chromium and a PostgreSQL server: `sudo bash scripts/setup-system.sh` installs and starts them.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 FORCE_COLOR=0 TZ=${TZ:-UTC}
export ZHIXING_TEST_DATABASE_URL=${ZHIXING_TEST_DATABASE_URL:-postgres://zhixing:zhixing@127.0.0.1:5432/zhixing_test}

bash scripts/ensure-postgres.sh >/dev/null
echo "== type check"
npx tsc -p tsconfig.json
echo "== web build (served by the end-to-end tests)"
npm run -s build >/dev/null
echo "== tests"
npx vitest run "$@"
