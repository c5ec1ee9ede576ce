#!/usr/bin/env bash
# Stanford CoreNLP's quote attribution and quotetrace side by side on PolNeAR dev, in one JVM:
# CoreNLP's load time, KB/s, quote precision/recall/F1 and speaker accuracy, then quotetrace's, then
# the ratios, then the process's peak resident set from /usr/bin/time -v.
#
#   bench/run-corenlp.sh [--limit N] [--replay FILE]
#
# CoreNLP is GPL: it is resolved only by the bench module's `corenlp` profile (about 480 MB from
# Maven Central) and never enters the default build or a shipped jar. A full dev run takes a quarter
# of an hour or more; run it in the background, e.g.
#   nohup bench/run-corenlp.sh > /tmp/corenlp.log 2>&1 &
# CoreNLP's raw quotes are saved to bench/target/corenlp-dev.jsonl as they are made; score them
# again without CoreNLP's load or run with --replay bench/target/corenlp-dev.jsonl.
#
# /usr/bin/time is Debian's `time` package; when it is missing the script installs it with apt-get.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
shared="${QUOTETRACE_SHARED:-$root/../shared}"
if [ ! -f "$shared/eval/polnear/dev/gold.jsonl" ]; then
  echo "run-corenlp: skipped: no PolNeAR dev split at $shared/eval/polnear/dev (set QUOTETRACE_SHARED)" >&2
  exit 0
fi
shared="$(cd "$shared" && pwd)"
if [ ! -x /usr/bin/time ]; then
  echo "run-corenlp: installing Debian's time package for /usr/bin/time -v" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

cd "$root"
mvn -q -B -ntp -Pcorenlp -pl bench -am package -DskipTests
# Run from a copy of this project's classes and jars: the run lasts a quarter of an hour, and a build
# meanwhile would rewrite core/target/*.jar under the running JVM.
stage="$root/bench/target/corenlp-run"
rm -rf "$stage"
mkdir -p "$stage"
cp -r "$root/bench/target/classes" "$stage/classes"
cp="$stage/classes"
IFS=: read -r -a deps < "$root/bench/target/corenlp.classpath" || true  # no final newline
for d in "${deps[@]}"; do
  case "$d" in
    "$root"/*) cp "$d" "$stage/" && d="$stage/$(basename "$d")" ;;
  esac
  cp="$cp:$d"
done
args=("$@")
case " $* " in *" --replay "*) ;; *) args+=(--out "$root/bench/target/corenlp-dev.jsonl") ;; esac

# One GC thread and one compiler thread fewer than the default: the machine has 2 cores and is shared.
/usr/bin/time -v -o "$root/bench/target/corenlp-time.txt" \
  "$JAVA_HOME/bin/java" -Xmx12g -XX:+UseG1GC -XX:ParallelGCThreads=1 -XX:ConcGCThreads=1 \
  -Dquotetrace.shared="$shared" -cp "$cp" \
  org.quotetrace.bench.corenlp.CoreNlpSideBySide "${args[@]}"
echo
grep -E 'Elapsed \(wall clock\)|Maximum resident set size|User time|System time' "$root/bench/target/corenlp-time.txt" \
  | sed 's/^\s*/time -v: /'
