#!/usr/bin/env bash
# Audit chain benchmark: transactions of 4 audit entries (about one intake's worth) committed by 1, 4
# and 16 threads for S seconds each (default 20), with the hash-chain trigger on, then off (the raw
# limit of the same inserts), on an embedded PostgreSQL 17 with fsync on; then the time to verify the
# whole chain. Results go in BENCHMARKS.md.
#
#   nice -n 10 bench/audit-chain/run-benchmark.sh [S]        (from the project root)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}

echo "== machine"
echo "nproc: $(nproc)"
uptime
date -u +"date: %Y-%m-%dT%H:%M:%SZ"
echo "git: $(git rev-parse --short HEAD)"

echo "== build: mvn -o -q test-compile"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

echo "== AuditChainBenchmark $seconds"
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	org.sightline.audit.bench.AuditChainBenchmark "$seconds"
uptime
