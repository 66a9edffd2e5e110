#!/usr/bin/env bash
# Demand dashboard benchmark: Sightline on a fresh embedded PostgreSQL 17, the demand read model filled
# with N synthetic encounters (default 10,000,000; about one referral in three), then R whole dashboard
# pages (default 200) for random filters fetched over HTTP as the signed-in analyst, against the floor
# of a static page through the same server. Results go in BENCHMARKS.md.
#
#   nice -n 10 bench/demand/run-benchmark.sh [N] [R]        (from the project root)
set -euo pipefail
cd "$(dirname "$0")/../.."
encounters=${1:-10000000}
requests=${2:-200}

echo "== machine"
echo "nproc: $(nproc)"
free -g | head -2
uptime
date -u +"date: %Y-%m-%dT%H:%M:%SZ"
echo "git: $(git rev-parse --short HEAD)"

echo "== build: mvn -o -q test-compile"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

echo "== DemandDashboardBenchmark $encounters $requests"
java -Xmx8g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	org.sightline.demand.internal.DemandDashboardBenchmark "$encounters" "$requests"
uptime
