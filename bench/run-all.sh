#!/usr/bin/env bash
# Every benchmark in bench/, one after another, then one summary table: each bench's headline lines
# (latency percentiles, throughput, limits), its status and how long it took. Full logs in $OUT.
#
#   nice -n 10 bench/run-all.sh                 full sizes (hours: person search and demand load millions)
#   QUICK=1 nice -n 10 bench/run-all.sh         small sizes and short runs (about 15 minutes)
#   SKIP="demand demo-force" bench/run-all.sh   leave benches out (names as in bench/)
#   ONLY="intake routing-preview" ...           run only these
#   SUMMARY_ONLY=1 OUT=target/bench/run-all-... bench/run-all.sh   the table again from an earlier run's logs
#
# Sizes for QUICK=1 are for checking that everything runs and for rough figures; the figures in
# BENCHMARKS.md come from full runs of each bench.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-target/bench/run-all-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"

# name, arguments when QUICK=1, arguments otherwise, headline pattern (extended regex)
benches=(
	"person-search|100000 500||latency ms:|^limit:"
	"linkage|50000||wall clock|linked .* pairs into clusters|^== evaluate --input people|^clusters:.*F1"
	"chronology|50 20||latency ms:|^target:"
	"audit-chain|5||^(on|off)|^verify:"
	"demo-force|20000||^wall|Demo force: [0-9]+ encounters in"
	"demand|100000 50||^(first view|filled)|^(GET|in-process|request)"
	"routing-preview|5 1,2,4,8||^(http|in-process)|^bcrypt check"
	"intake|10 1,4,16||^(http|raw)|^ratio|^bcrypt check"
)

summary="$out/summary.txt"
: >"$summary"
printf '%-16s %-7s %6s  %s\n' "bench" "status" "secs" "headline (full log: $out/<bench>.log)" >>"$summary"
for entry in "${benches[@]}"; do
	IFS='|' read -r name quick full pattern <<<"$entry"
	pattern=${entry#*|*|*|}
	if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then continue; fi
	if [[ " ${SKIP:-} " == *" $name "* ]]; then
		printf '%-16s %-7s %6s  %s\n' "$name" "skipped" "-" "" >>"$summary"
		continue
	fi
	args=$full
	[ -n "${QUICK:-}" ] && args=$quick
	if [ -n "${SUMMARY_ONLY:-}" ]; then
		[ -f "$out/$name.log" ] || continue
		status=logged secs=-
	else
		echo "== $name $args" >&2
		start=$(date +%s)
		# shellcheck disable=SC2086
		if bench/$name/run-benchmark.sh $args >"$out/$name.log" 2>&1; then status=ok; else status=FAILED; fi
		secs=$(($(date +%s) - start))
	fi
	first=1
	while IFS= read -r line; do
		if [ $first = 1 ]; then
			printf '%-16s %-7s %6s  %s\n' "$name" "$status" "$secs" "$line" >>"$summary"
			first=0
		else
			printf '%-16s %-7s %6s  %s\n' "" "" "" "$line" >>"$summary"
		fi
	done < <(grep -E "$pattern" "$out/$name.log" | sed -e 's/^ *//' -e 's/^.*\(Demo force: \)/\1/' | cut -c1-160 | head -24)
	[ $first = 1 ] && printf '%-16s %-7s %6s  %s\n' "$name" "$status" "$secs" "(no headline: see the log)" >>"$summary"
done
echo
cat "$summary"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
