#!/usr/bin/env bash
# Cold start of the founding example: times `./quotetrace trace` of the seed article against the
# seed broadcast script with an HTML report, RUNS times (default 5), each a fresh JVM, reporting
# wall time, CPU time and peak resident set from /usr/bin/time -v. Target: 3 s wall or less.
#
#   bench/run-seed-cold.sh
#
# Builds once first, offline, the way the launcher does (so no run includes a build), then runs
# the launcher itself. Skips with a message when the seeds are absent (QUOTETRACE_SHARED, default
# ../shared next to the repository). /usr/bin/time is Debian's `time` package; when it is missing
# the script installs it with apt-get.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
shared="${QUOTETRACE_SHARED:-$root/../shared}"
article="$shared/seeds/000_3367610939f0179f.txt"
source_file="$shared/seeds/001_ea0b09c9c9a58e8a.txt"
if [ ! -f "$article" ] || [ ! -f "$source_file" ]; then
  echo "run-seed-cold: skipped: no seed files under $shared/seeds (set QUOTETRACE_SHARED)" >&2
  exit 0
fi
if [ ! -x /usr/bin/time ]; then
  echo "run-seed-cold: installing Debian's time package for /usr/bin/time -v" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

cd "$root"
# The launcher's own build step, offline; its stamp then tells it nothing needs building.
mvn -o -q -B -ntp -DskipTests -pl cli -am package
touch cli/target/.built
mkdir -p bench/target
timings="bench/target/seed-cold-time.txt"
out="${OUT:-/tmp/seed.html}"
runs="${RUNS:-5}"
echo "quotetrace trace $(basename "$article") --source $(basename "$source_file") --format html, $runs cold runs"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for run in $(seq 1 "$runs"); do
  status=0
  /usr/bin/time -v -o "$timings" ./quotetrace trace "$article" --source "$source_file" \
    --format html --out "$out" 2> bench/target/seed-cold.stderr || status=$?
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$timings")
  seconds=$(awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$wall")
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timings")
  user=$(sed -n 's/.*User time (seconds): //p' "$timings")
  sys=$(sed -n 's/.*System time (seconds): //p' "$timings")
  awk -v n="$run" -v w="$seconds" -v u="$user" -v s="$sys" -v r="$rss_kb" -v x="$status" 'BEGIN {
    printf "run %d: wall %.2f s (user %.2f s, system %.2f s), peak RSS %.0f MB, exit status %d\n",
      n, w, u, s, r * 1024 / 1e6, x }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "report: $out ($(wc -c < "$out") bytes); warnings on stderr: $(wc -l < bench/target/seed-cold.stderr)"
