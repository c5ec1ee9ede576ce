#!/usr/bin/env bash
# Runs the whole command line, `./quotetrace quotes`, on all PolNeAR train articles in one process and
# reports, for each of RUNS runs (default 3), its wall time, CPU time and peak resident set (from
# /usr/bin/time -v) and MB/s of input, then how many documents and quotes it printed.
#
#   bench/run-cli-train.sh
#
# The launcher is run once first so that a build it needs is not timed. Output goes to
# bench/target/cli-train.jsonl, warnings to bench/target/cli-train.stderr. The shared data is read
# in place (QUOTETRACE_SHARED, default ../shared next to the repository).
#
# /usr/bin/time is Debian's `time` package (the shell keyword `time` cannot report memory); when it
# is missing the script installs it with apt-get.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/bench/train-texts.sh"
texts="$(cd "$texts" && pwd)"
if [ ! -x /usr/bin/time ]; then
  echo "run-cli-train: installing Debian's time package for /usr/bin/time -v" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

cd "$root"
./quotetrace quotes --help >/dev/null  # builds on first use or when sources changed
mkdir -p bench/target
out="bench/target/cli-train.jsonl"
timings="bench/target/cli-train-time.txt"
warnings="bench/target/cli-train.stderr"
mapfile -t files < <(find "$texts" -maxdepth 1 -name '*.txt' | sort)
bytes=$(cat "${files[@]}" | wc -c)

runs="${RUNS:-3}"
echo "quotetrace quotes on ${#files[@]} PolNeAR train files ($bytes bytes), $runs runs"
for run in $(seq 1 "$runs"); do
  status=0
  /usr/bin/time -v -o "$timings" ./quotetrace quotes --format jsonl "${files[@]}" > "$out" 2> "$warnings" \
    || status=$?
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$timings")
  seconds=$(awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$wall")
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timings")
  user=$(sed -n 's/.*User time (seconds): //p' "$timings")
  sys=$(sed -n 's/.*System time (seconds): //p' "$timings")
  awk -v n="$run" -v w="$seconds" -v u="$user" -v s="$sys" -v r="$rss_kb" -v b="$bytes" -v x="$status" 'BEGIN {
    printf "run %d: wall %.2f s (user %.2f s, system %.2f s), %.2f MB/s, peak RSS %.0f MB, exit status %d\n",
      n, w, u, s, b / 1e6 / w, r * 1024 / 1e6, x }'
done
docs=$(wc -l < "$out")
quotes=$(jq -s 'map(.quotes | length) | add // 0' "$out")
speech=$(jq -s 'map(.quotes[] | select(.kind == "speech")) | length' "$out")
echo "documents printed: $docs, quotes: $quotes ($speech speech), warnings on stderr: $(wc -l < "$warnings") ($warnings)"
