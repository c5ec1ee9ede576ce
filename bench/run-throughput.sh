#!/usr/bin/env bash
# Builds the JMH uber-jar and measures single-thread throughput of the quotes pipeline on the
# PolNeAR train articles, then prints MB/s (MB = 10^6 bytes of UTF-8 input).
#
#   bench/run-throughput.sh [extra JMH options]
#
# QUOTETRACE_BENCHMARK names another benchmark over the same texts (default QuotesThroughput;
# bench/run-attributions-throughput.sh sets AttributionsThroughput).
#
# Settings suit a 2-core machine that others share: one fork, one thread, 3 warm-up and 5 measured
# iterations of 10 s, a 2 GB heap. The shared data is read in place: -Dquotetrace.shared or
# QUOTETRACE_SHARED points at it (default: ../shared next to the repository).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
source "$root/bench/train-texts.sh"
shared="$(cd "$shared" && pwd)"
texts="$shared/eval/polnear/train/text"

cd "$root"
mvn -q -B -ntp -Pjmh -pl bench -am package -DskipTests
jar="$root/bench/target/benchmarks.jar"
benchmark="${QUOTETRACE_BENCHMARK:-QuotesThroughput}"
json="$root/bench/target/jmh-$benchmark.json"

"$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" "$benchmark" \
  -f 1 -t 1 -wi 3 -w 10s -i 5 -r 10s \
  -jvmArgs "-Xmx2g -Dquotetrace.shared=$shared" \
  -rf json -rff "$json" "$@"

files=$(find "$texts" -maxdepth 1 -name '*.txt' | wc -l)
bytes=$(find "$texts" -maxdepth 1 -name '*.txt' -print0 | xargs -0 cat | wc -c)
echo
echo "corpus: $files files, $bytes bytes ($texts)"
# score is ms per pass over the corpus; MB/s = bytes / 1e6 / (ms / 1000)
jq -r --argjson bytes "$bytes" '.[] |
  (.benchmark | sub(".*\\."; "")) as $name |
  .primaryMetric as $m |
  ($bytes / 1000 / $m.score) as $mbs |
  "\($name): \($m.score * 100 | round / 100) ± \($m.scoreError * 100 | round / 100) ms per pass = \($mbs * 100 | round / 100) MB/s"' "$json"
