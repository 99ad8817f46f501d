#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and that the test role and database exist.
# Used by setup-system.sh and before the test suite; it starts Debian's cluster when it is down.
set -euo pipefail
PGHOST_=127.0.0.1
ROLE=zhixing
DB=zhixing_test

if ! pg_isready -q -h "$PGHOST_" -p 5432 2>/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v pg_lsclusters >/dev/null 2>&1; then
    ver=$(pg_lsclusters -h | awk 'NR==1{print $1}')
    if [ -z "$ver" ]; then
      ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
      pg_createcluster "$ver" main >/dev/null
    fi
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start -- -o "-c listen_addresses=127.0.0.1" \
      || pg_ctlcluster --skip-systemctl-redirect "$ver" main start
    for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST_" -p 5432 && break; sleep 1; done
  else
    echo "ensure-postgres: no PostgreSQL on $PGHOST_:5432; run 'sudo bash scripts/setup-system.sh'" >&2
    exit 1
  fi
fi

if [ "$(id -u)" = "0" ] && id postgres >/dev/null 2>&1; then
  su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='$ROLE'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"create role $ROLE login password '$ROLE' createdb\""
  su postgres -c "psql -qtAc \"select 1 from pg_database where datname='$DB'\"" | grep -q 1 \
    || su postgres -c "psql -qc 'create database $DB owner $ROLE'"
fi
pg_isready -h "$PGHOST_" -p 5432
