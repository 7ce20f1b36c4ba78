#!/usr/bin/env bash
# Creates evalstream's PostgreSQL role and databases on 127.0.0.1:5432 when missing (needs a superuser login, trust auth).
set -euo pipefail
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGSUPERUSER=${PGSUPERUSER:-postgres}
psql -h "$PGHOST" -p "$PGPORT" -U "$PGSUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qAt <<'SQL'
SELECT 'CREATE ROLE evalstream LOGIN PASSWORD ''evalstream''' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname='evalstream')\gexec
SELECT 'CREATE DATABASE evalstream OWNER evalstream' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname='evalstream')\gexec
SELECT 'CREATE DATABASE evalstream_test OWNER evalstream' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname='evalstream_test')\gexec
SQL
