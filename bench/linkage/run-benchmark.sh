#!/usr/bin/env bash
# Person linkage benchmark, in one run: evaluate on every labelled file in src/test/resources/linkage,
# then batch linkage of N synthetic records (default 1,000,000) timed end to end through the jar
# (read CSV, link, write clusters.csv, the review file and the HTML report), then evaluate on those
# records for F1.
#
#   nice -n 10 bench/linkage/run-benchmark.sh [N]        (from the project root)
#
# Results go in BENCHMARKS.md. The synthetic records are written under $TMPDIR (about 95 MB).
set -euo pipefail
cd "$(dirname "$0")/../.."
records=${1:-1000000}
work=${TMPDIR:-/tmp}/sightline-linkage-bench
data=src/test/resources/linkage
mkdir -p "$work"

echo "== machine"
echo "nproc: $(nproc)"
free -h | head -2
java -version 2>&1
date -u +"date: %Y-%m-%dT%H:%M:%SZ"
echo "git: $(git rev-parse --short HEAD)"

echo "== build: mvn -o -q -DskipTests package"
mvn -o -q -DskipTests package

for file in "$data"/*.csv; do
	name=$(basename "$file")
	case "$name" in
	*_labels.csv)
		records_file="$data/${name%_labels.csv}.csv"
		echo "== evaluate --input $(basename "$records_file") --labels $name"
		java -jar target/sightline.jar evaluate --input "$records_file" --labels "$file" 2>/dev/null
		;;
	*)
		settings="${file%.csv}.yaml"
		if [ -f "$settings" ]; then
			echo "== evaluate --input $name --settings $(basename "$settings")"
			java -jar target/sightline.jar evaluate --input "$file" --settings "$settings" 2>/dev/null
		else
			echo "== evaluate --input $name"
			java -jar target/sightline.jar evaluate --input "$file" 2>/dev/null
		fi
		;;
	esac
done

echo "== generate $records synthetic records"
java -cp target/test-classes org.sightline.person.linkage.bench.SyntheticPeople "$records" "$work/people.csv" 1

echo "== link --input people.csv ($records records) --output clusters.csv --review review.csv --report report.html"
/usr/bin/time -f "wall clock %e s, user %U s, system %S s, max resident %M KB" \
	java -jar target/sightline.jar link --input "$work/people.csv" --output "$work/clusters.csv" \
	--review "$work/review.csv" --report "$work/report.html"

echo "== evaluate --input people.csv ($records records)"
java -jar target/sightline.jar evaluate --input "$work/people.csv" 2>/dev/null
