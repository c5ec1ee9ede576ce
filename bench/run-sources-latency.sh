#!/usr/bin/env bash
# Builds the JMH uber-jar (offline) and samples the latency of `quotetrace sources` over an index
# built from a generated corpus (SourcesLatency): ranking alone, and the whole answer (ranking,
# reading the candidates back and tracing against up to three with the meaning model). JMH's
# sample mode gives the percentiles.
#
#   bench/run-sources-latency.sh INDEX_DIR LABELS_JSONL [extra JMH options]
#
# e.g. after `bench/run-corpus.sh 1000000 /work/corpora/m1 42`:
#   bench/run-sources-latency.sh /work/corpora/m1/index /work/corpora/m1/corpus/labels.jsonl
# One fork (-Xmx2g: the command line replaces the annotation's JVM options), one thread, 20 s of
# warm-up and three 30 s measurements per benchmark.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 INDEX_DIR LABELS_JSONL [JMH options]" >&2
  exit 2
fi
index="$(cd "$1" && pwd)"
labels="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
cd "$root"
mvn -o -q -B -ntp -Pjmh -pl bench -am package -DskipTests
jar="$root/bench/target/benchmarks.jar"
json="$root/bench/target/jmh-sources-latency.json"
mkdir -p "$root/bench/target/tmp"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
props="-Dquotetrace.index=$index -Dquotetrace.labels=$labels"
natives="-Djava.io.tmpdir=$root/bench/target/tmp -DDJL_CACHE_DIR=$root/bench/target/djl"
"$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" 'SourcesLatency\.' \
  -jvmArgsAppend "-Xmx2g --enable-native-access=ALL-UNNAMED $props $natives" -rf json -rff "$json" "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
jq -r '.[] | (.benchmark | sub(".*\\."; "")) as $name | .primaryMetric as $m |
  "\($name): mean \($m.score * 10 | round / 10) ms, p50 \($m.scorePercentiles["50.0"] * 10 | round / 10)"
  + " ms, p90 \($m.scorePercentiles["90.0"] * 10 | round / 10) ms, p99 \($m.scorePercentiles["99.0"] * 10 | round / 10) ms"' \
  "$json" 2>/dev/null || true
