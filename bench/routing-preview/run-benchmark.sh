#!/usr/bin/env bash
# Routing preview under load (issue #15, target 3): the application started in process on a fresh
# embedded PostgreSQL, then for S seconds (default 30) at each concurrency (default 1,2,4,8):
# POST /api/v1/routing/preview over HTTP with HTTP Basic (bcrypt cost 10 as deployed, then the bench
# account re-hashed at cost 4), then in process RoutingPreview.preview (validation, agreement in force,
# rules, one audit entry) and RoutingPolicy.route alone (the rules: the ceiling).
#
#   nice -n 10 bench/routing-preview/run-benchmark.sh [seconds] [concurrencies]     (from the project root)
#   PROFILE=1 ...   also records the run with JFR and prints the hottest frames
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
levels=${2:-1,2,4,8}
exec bench/load-benchmark.sh preview "$seconds" "$levels"
