#!/usr/bin/env bash
# Back-office benchmark: admin list p99 and CSV export over a million orders (see backoffice.py).
# Needs a local PostgreSQL (postgres user, trust or PGPASSWORD); builds the jar if missing.
# Usage: bench/backoffice.sh [--orders 1000000] [--requests 200] [--keep-database]
set -euo pipefail
exec python3 "$(dirname "$0")/backoffice.py" "$@"
