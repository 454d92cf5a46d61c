#!/usr/bin/env bash
# Benchmark: lag of the mail, webhook and NATS consumers under a placement load, one run.
# Needs a local PostgreSQL (postgres user), a NATS server with JetStream (CONVEYOR_TEST_NATS_URL, default
# nats://127.0.0.1:4222) and wrk; builds the jar if missing.
# Usage: bench/lag-run.sh [--rate 500] [--clients 16] [--seconds 30]
set -euo pipefail
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
exec python3 "$(dirname "$0")/lag.py" "$@"
