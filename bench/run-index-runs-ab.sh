#!/usr/bin/env bash
# Whole `quotetrace index` runs of one corpus, one JVM a run, builds or JVM options taking turns
# (the order turned round every round), each by the CPU of its threads read from /proc while it
# runs: the indexing workers, the optimising compiler (C2), the reading thread, the collector.
# IndexPassesAB and run-index-passes.sh compare builds inside one JVM, which cannot change a JVM
# option; this compares options too, and shows how much of a run's CPU is the compiler's, which
# a one-JVM comparison leaves out after its warm-up passes. On a loaded machine compare runs
# paired in a round, never wall time.
#
#   bench/run-index-runs-ab.sh ROUNDS CORPUS WORK_DIR NAME "JAR [JVM_OPTION...]" NAME "JAR ..." ...
#
# e.g. bench/run-index-runs-ab.sh 3 /tmp/pn100k/corpus.jsonl /tmp/ab \
#        base "/tmp/a/quotetrace.jar" compact "/tmp/a/quotetrace.jar -XX:+UseCompactObjectHeaders"
#
# Each JAR is a cli/target/quotetrace.jar with its lib/ folder beside it; every run gets the
# launcher's options for index (-XX:+UseParallelGC -Xmx2g) before its own. One line a run goes to
# WORK_DIR/summary: seconds of CPU in all, of the workers, C2, collector and reading thread, and
# the quotes written (the same in every run when the builds agree).
set -euo pipefail
if [ $# -lt 5 ] || [ $(( ($# - 3) % 2 )) -ne 0 ]; then
  echo "usage: bench/run-index-runs-ab.sh ROUNDS CORPUS WORK_DIR NAME \"JAR [OPTION...]\"..." >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
rounds="$1"
corpus="$2"
work="$3"
shift 3
names=()
specs=()
while [ $# -gt 0 ]; do
  names+=("$1")
  specs+=("$2")
  shift 2
done
mkdir -p "$work"

# Runs the command in the background and keeps, per thread, the CPU ticks last seen (a thread
# that ends keeps its last reading, at most half a second short); prints "ticks name" lines.
thread_ticks() {
  "$@" &
  local pid=$!
  declare -A ticks=()
  local t s rest
  while kill -0 "$pid" 2>/dev/null; do
    for t in /proc/"$pid"/task/*; do
      s=$(cat "$t/stat" 2>/dev/null) || continue
      rest=${s##*) }
      read -r -a f <<< "$rest"
      # after the name: state is field 0, utime 11, stime 12
      ticks["${t##*/} $(cat "$t/comm" 2>/dev/null)"]=$(( f[11] + f[12] ))
    done
    sleep 0.5
  done
  wait "$pid"
  for t in "${!ticks[@]}"; do
    echo "${ticks[$t]} ${t#* }"
  done
}

hz=$(getconf CLK_TCK)
n=${#names[@]}
for r in $(seq 1 "$rounds"); do
  for k in $(seq 0 $((n - 1))); do
    j=$(( (k + r) % n ))
    name=${names[$j]}
    read -r -a spec <<< "${specs[$j]}"
    jar=${spec[0]}
    rm -rf "$work/index"
    load=$(cut -d' ' -f1 /proc/loadavg)
    log="$work/$name.$r.log"
    thread_ticks "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xmx2g "${spec[@]:1}" \
      --enable-native-access=ALL-UNNAMED -jar "$jar" index --index "$work/index" --progress none \
      "$corpus" > "$work/$name.$r.threads" 2> "$log"
    quotes=$(grep -o '[0-9,]* quotes written' "$log" || echo "no quotes line: see $log")
    awk -v hz="$hz" -v r="$r" -v name="$name" -v load="$load" -v q="$quotes" '
      { t = $1 / hz; all += t }
      /quotetrace-inde/ { w += t }
      / C2 CompilerThre/ { c2 += t }
      / GC Thread/ { gc += t }
      $2 == "java" { main += t }
      END { printf "round %d %s load %s: cpu %.2f s, workers %.2f, C2 %.2f, GC %.2f, reading %.2f | %s\n",
        r, name, load, all, w, c2, gc, main, q }' "$work/$name.$r.threads" | tee -a "$work/summary"
  done
done
