#!/usr/bin/env bash
# Benchmark: reads with and without a streaming read replica, placement and reads through PgBouncer, one run
# (bench/replica.py). Needs the PostgreSQL 15 server binaries, pgbouncer and wrk; run as root or as a user
# who may start PostgreSQL. Usage: bench/replica.sh [--seconds 20] [--clients 16]
set -euo pipefail
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
command -v pgbouncer >/dev/null || { echo "installing pgbouncer"; apt-get install -y -qq pgbouncer >/dev/null; }
exec python3 "$(dirname "$0")/replica.py" "$@"
