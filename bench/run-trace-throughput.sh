#!/usr/bin/env bash
# Builds the JMH uber-jar (offline) and measures quotes traced per second on one thread against a
# generated 10,000-word transcript (TraceThroughput): warm (all embeddings cached), fresh (a new
# article each time whose reworded and invented quotes were never embedded) and words only.
#
#   bench/run-trace-throughput.sh [extra JMH options]
#
# Short settings for a 2-core machine that others share: one fork, one thread; warm and words only
# with 2 warm-up and 3 measured iterations of 5 s, fresh (about ten times slower per operation,
# and still compiling after 10 s) with 3 warm-up and 3 measured iterations of 10 s. Natives unpack
# into bench/target, not the home folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
cd "$root"
mvn -o -q -B -ntp -Pjmh -pl bench -am package -DskipTests
jar="$root/bench/target/benchmarks.jar"
json="$root/bench/target/jmh-trace-throughput.json"
mkdir -p "$root/bench/target/tmp"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
natives="-Djava.io.tmpdir=$root/bench/target/tmp -DDJL_CACHE_DIR=$root/bench/target/djl"
"$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" 'TraceThroughput\.(warm|wordsOnly)$' \
  -f 1 -t 1 -wi 2 -w 5s -i 3 -r 5s -jvmArgsAppend "$natives" \
  -rf json -rff "$json.1" "$@"
"$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" 'TraceThroughput\.fresh$' \
  -f 1 -t 1 -wi 3 -w 10s -i 3 -r 10s -jvmArgsAppend "$natives" \
  -rf json -rff "$json.2" "$@"
jq -s 'add' "$json.1" "$json.2" > "$json"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# score is ms per article; quotes/s = quotes per article / (ms / 1000)
jq -r '.[] |
  (.benchmark | sub(".*\\."; "")) as $name |
  .primaryMetric as $m | (.params.quotes | tonumber) as $q |
  "\($name): \($m.score * 10 | round / 10) ± \($m.scoreError * 10 | round / 10) ms per article of \($q) quotes = \($q * 1000 / $m.score | round) quotes/s (range \($q * 1000 / ($m.score + $m.scoreError) | round)-\(if $m.score > $m.scoreError then ($q * 1000 / ($m.score - $m.scoreError) | round | tostring) else "inf" end))"' "$json"
