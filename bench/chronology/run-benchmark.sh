#!/usr/bin/env bash
# Chronology benchmark: one person with C contacts (default 200), each encounter with a THRIVE
# assessment and a routing decision, recorded through the application into its embedded
# PostgreSQL; then the person's chronology is opened O times (default 50, after 5 warm-up) in
# process, audit entries included. Prints p50/p95/max against a 500 ms target.
#
#   nice -n 10 bench/chronology/run-benchmark.sh [C] [O]        (from the project root)
#
# Results go in BENCHMARKS.md. The database goes in a new directory under $TMPDIR, deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
contacts=${1:-200}
openings=${2:-50}
work=$(mktemp -d "${TMPDIR:-/tmp}/sightline-chronology.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "nproc: $(nproc)"
uptime
date -u +"date: %Y-%m-%dT%H:%M:%SZ"
echo "git: $(git rev-parse --short HEAD)"

echo "== build: mvn -o -q test-compile"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

echo "== ChronologyBenchmark $contacts $openings"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	org.sightline.chronology.bench.ChronologyBenchmark "$contacts" "$openings" "$work"
uptime
