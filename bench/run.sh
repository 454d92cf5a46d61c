#!/usr/bin/env bash
# Benchmark: order placement and order reads vs pgbench on the same machine, one run.
# Needs a local PostgreSQL (postgres user, trust or PGPASSWORD) and wrk; builds the jar if missing.
# Usage: bench/run.sh [--seconds 20] [--clients 1,8,32]
set -euo pipefail
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
exec python3 "$(dirname "$0")/bench.py" "$@"
