#!/usr/bin/env bash
# Person search benchmark: N synthetic people (default 1,000,000) loaded into the application's
# embedded PostgreSQL (its own Flyway migrations), then S searches (default 2,000, after a warm-up)
# through PersonIndex.search in process, timed one at a time. Prints p50/p95/p99 against the
# 20 ms limit, and how often the person sought was ranked first and in the top 5.
#
#   nice -n 10 bench/person-search/run-benchmark.sh [N] [S]        (from the project root)
#
# Results go in BENCHMARKS.md. The database and the generated records (about 1 GB for 1,000,000
# people) go in a new directory under $TMPDIR, deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
people=${1:-1000000}
searches=${2:-2000}
work=$(mktemp -d "${TMPDIR:-/tmp}/sightline-person-search.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "nproc: $(nproc)"
free -h | head -2
uptime
java -version 2>&1
date -u +"date: %Y-%m-%dT%H:%M:%SZ"
echo "git: $(git rev-parse --short HEAD)"

echo "== build: mvn -o -q test-compile"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

echo "== PersonSearchBenchmark $people $searches"
java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	org.sightline.person.bench.PersonSearchBenchmark "$people" "$searches" "$work"
uptime
