#!/usr/bin/env bash
# Full intake under load (issue #15, target 1): the application started in process on a fresh embedded
# PostgreSQL (fsync and synchronous_commit on), then for S seconds (default 60) at each concurrency
# (default 1,4,16): POST /api/v1/encounters (two people, linked to the person index), POST .../assessments
# (THRIVE), POST .../routing-decisions, over HTTP with HTTP Basic. Prints intakes/s and p50/p95/p99 per
# intake and per request type, first with the accounts' bcrypt cost as deployed (10), then with the bench
# accounts re-hashed at cost 4 (bcrypt's share). In the same run, the raw limit: the rows one intake
# committed, replayed by JDBC as the same transactions with fresh ids into the same database, and the ratio.
#
#   nice -n 10 bench/intake/run-benchmark.sh [seconds] [concurrencies]     (from the project root)
#   PROFILE=1 ...   also records the run with JFR and prints the hottest frames
#
# Results go in BENCHMARKS.md. The database goes in a new directory under $TMPDIR, deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
levels=${2:-1,4,16}
exec bench/load-benchmark.sh intake "$seconds" "$levels"
