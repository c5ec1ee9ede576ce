#!/usr/bin/env bash
# Builds bench (offline) and writes a labelled corpus of N documents to OUT_DIR with the corpus
# generator (org.quotetrace.bench.corpus.CorpusGenerator), then prints its one-line summary, the
# wall time and peak resident set. Extra arguments go to the generator (--files K, --sources 0.1,
# --articles 0.7, --wires 0.05, --unrelated 0.15).
#
#   bench/run-generate.sh N OUT_DIR [SEED] [generator options]
#
# The heap is capped at 512 MB (HEAP to change it): the generator streams, so a million documents
# need no more than a thousand. It uses one thread per processor (--threads T to change it); the
# output is the same for any number of threads. /usr/bin/time -v reports the peak resident set when it is installed
# (Debian's `time` package); without it only the wall time is shown.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: bench/run-generate.sh N OUT_DIR [SEED] [generator options]" >&2
  exit 2
fi
docs="$1"
out="$2"
seed="${3:-42}"
shift $(( $# >= 3 ? 3 : 2 ))
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
cd "$root"
cp_file="$root/bench/target/generate.classpath"
mvn -o -q -B -ntp -pl bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -DincludeScope=runtime
# A copy of the jar: a long run is not broken by a rebuild of bench/target in the meantime.
run_dir="$(mktemp -d)"
trap 'rm -rf "$run_dir"' EXIT
cp "$root"/bench/target/quotetrace-bench-*.jar "$run_dir/bench.jar"
cp="$run_dir/bench.jar:$(cat "$cp_file")"
cmd=("$JAVA_HOME/bin/java" "-Xmx${HEAP:-512m}" -cp "$cp" org.quotetrace.bench.corpus.CorpusGenerator
  --docs "$docs" --seed "$seed" --out "$out" "$@")
start=$(date +%s%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$root/bench/target/generate-time.txt" "${cmd[@]}"
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$root/bench/target/generate-time.txt")
  rss="peak RSS $(( rss_kb / 1024 )) MB"
else
  "${cmd[@]}"
  rss="peak RSS not measured (no /usr/bin/time)"
fi
end=$(date +%s%N)
echo "wall $(( (end - start) / 1000000 )) ms, $rss; $(du -sh "$out" | cut -f1) in $out"
