#!/usr/bin/env bash
# Where the CPU samples of a JFR recording go: each jdk.ExecutionSample put in one bucket by its stack
# (bcrypt anywhere in it; the load generator's own HTTP client; else the package of the top frame),
# then the hottest top frames outside bcrypt.   bench/jfr-summary.sh recording.jfr
set -euo pipefail
jfr print --events jdk.ExecutionSample "$1" | awk '
function flush() {
	if (n == 0) return
	bucket = ""
	for (i = 1; i <= n; i++) if (stack[i] ~ /BCrypt/) { bucket = "bcrypt (password check)"; break }
	if (bucket == "") for (i = 1; i <= n; i++) if (stack[i] ~ /LoadBenchmark|jdk\.internal\.net\.http/) { bucket = "load generator (bench client)"; break }
	if (bucket == "") {
		top = stack[1]
		if (top ~ /org\.postgresql|com\.zaxxer/) bucket = "JDBC driver / pool"
		else if (top ~ /tools\.jackson|com\.fasterxml/) bucket = "JSON (Jackson)"
		else if (top ~ /org\.apache\.(tomcat|coyote|catalina)/) bucket = "Tomcat"
		else if (top ~ /org\.springframework\.security/) bucket = "Spring Security"
		else if (top ~ /org\.springframework/) bucket = "Spring (other)"
		else if (top ~ /org\.sightline/) bucket = "Sightline code"
		else if (top ~ /org\.flywaydb|org\.hibernate/) bucket = "Flyway/validation"
		else { split(top, p, "."); bucket = "JDK / other (" p[1] "." p[2] ")" }
		if (top !~ /BCrypt/) tops[top]++
		for (i = 1; i <= n; i++) if (stack[i] ~ /org\.sightline/) { ours[stack[i]]++; break }
	}
	buckets[bucket]++; total++
	n = 0
}
/jdk.ExecutionSample/ { flush(); inside = 0 }
/stackTrace = \[/ { inside = 1; next }
inside && /^[ \t]+\]/ { inside = 0; next }
inside { line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]*line:.*/, "", line); if (line != "...") stack[++n] = line }
END {
	flush()
	printf "%d samples\n", total
	for (b in buckets) printf "%6.1f%%  %s\n", 100 * buckets[b] / total, b | "sort -rn"
	close("sort -rn")
	print "-- hottest top frames outside bcrypt"
	for (t in tops) printf "%6d  %s\n", tops[t], t | "sort -rn | head -20"
	close("sort -rn | head -20")
	print "-- outside bcrypt, the innermost Sightline frame under each sample (where in our code the time is spent)"
	for (t in ours) printf "%6d  %s\n", ours[t], t | "sort -rn | head -20"
}'
