#!/usr/bin/env bash
# Demo force benchmark: generates N encounters (default 1,000,000) over 12 months, with everything that
# follows them (people, assessments, routing decisions, attendance, referrals, timers), through the
# CLI into a fresh embedded PostgreSQL 17 (a new data directory, fsync and synchronous_commit on as
# the application runs it), and prints the timing. Set SPRING_DATASOURCE_URL (and _USERNAME,
# _PASSWORD) to use a local PostgreSQL instead; it should be empty. Results go in BENCHMARKS.md.
#
#   nice -n 10 bench/demo-force/run-benchmark.sh [N]        (from the project root)
set -euo pipefail
cd "$(dirname "$0")/../.."
encounters=${1:-1000000}
data=$(mktemp -d /tmp/sightline-demo-force-XXXXXX)
trap 'rm -rf "$data"' EXIT

echo "== machine"
echo "nproc: $(nproc)"
uptime
date -u +"date: %Y-%m-%dT%H:%M:%SZ"
echo "git: $(git rev-parse --short HEAD)"
java -version 2>&1 | head -1

echo "== build: mvn -o -q -DskipTests package"
mvn -o -q -DskipTests package

echo "== demo-force --encounters $encounters (data directory $data/pg)"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" \
	java -jar target/sightline.jar demo-force --encounters "$encounters" --seed 1 \
	--sightline.embedded-db.dir="$data/pg" --sightline.demo-records=false
du -sh "$data/pg"
uptime
