#!/usr/bin/env bash
# Benchmark: 5,000 WebSocket subscribers on one instance; commit-to-delivery latency of order events
# and memory per connection, one run. Needs a local PostgreSQL (postgres user) and a JDK with jcmd;
# builds the jar if missing. Usage: bench/ws-run.sh [--audience staff|watchers] [--connections 5000]
# [--rate 10] [--seconds 20] [--dashboards 10] [--baseline] [--jar JAR]
set -euo pipefail
exec python3 "$(dirname "$0")/ws_bench.py" "$@"
