#!/usr/bin/env bash
# Shared by bench/intake and bench/routing-preview: LoadBenchmark MODE SECONDS CONCURRENCIES.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1 seconds=$2 levels=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/sightline-$mode.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "nproc: $(nproc)"
free -h | head -2
uptime
java -version 2>&1 | head -1
date -u +"date: %Y-%m-%dT%H:%M:%SZ"
echo "git: $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')"

if [ -z "${SKIP_BUILD:-}" ]; then
	echo "== build: mvn -o -q test-compile"
	mvn -o -q test-compile
	mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi

jfr=()
if [ -n "${PROFILE:-}" ]; then
	jfr=("-XX:StartFlightRecording=filename=$work/$mode.jfr,settings=profile")
fi
echo "== LoadBenchmark $mode ${seconds}s at concurrency $levels"
java -Xmx2g "${jfr[@]}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	org.sightline.bench.LoadBenchmark "$mode" "$seconds" "$levels" "$work" 2>&1 | grep --line-buffered -v -E '^\s*$|WARN|INFO' || true
uptime
if [ -n "${PROFILE:-}" ]; then
	echo "== JFR: where the CPU samples go (whole JVM: application and load generator, start-up included)"
	bench/jfr-summary.sh "$work/$mode.jfr"
	mkdir -p target/bench && cp "$work/$mode.jfr" "target/bench/$mode.jfr" && echo "recording: target/bench/$mode.jfr"
fi
