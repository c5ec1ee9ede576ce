#!/usr/bin/env bash
# Measures the sentence-embedding model: cold load time in fresh JVMs (with the launcher's JVM
# flags), then single-thread throughput with JMH (sentences per second, single and batched).
#
#   bench/run-meaning.sh [extra JMH options]
#
# Natives unpack into bench/target (DJL_CACHE_DIR, java.io.tmpdir), not the home folder. The seed
# sentences are read from ../shared/seeds (QUOTETRACE_SHARED points elsewhere). On a machine shared
# with other work the throughput varies a lot between iterations: look at the load average.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
shared="$(cd "${QUOTETRACE_SHARED:-$root/../shared}" && pwd)"

cd "$root"
mvn -q -B -ntp -Pjmh -pl bench -am package -DskipTests
jar="$root/bench/target/benchmarks.jar"
mkdir -p "$root/bench/target/tmp"
natives=(-Djava.io.tmpdir="$root/bench/target/tmp" -DDJL_CACHE_DIR="$root/bench/target/djl")
launcher=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto --enable-native-access=ALL-UNNAMED)

echo "cold load (fresh JVM each, launcher flags):"
for i in 1 2 3 4 5; do
  start=$(date +%s%N)
  line=$("$JAVA_HOME/bin/java" "${launcher[@]}" "${natives[@]}" -cp "$jar" org.quotetrace.bench.ModelLoadTime)
  end=$(date +%s%N)
  echo "  $line; process wall $(( (end - start) / 1000000 )) ms"
done

"$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" 'EncoderThroughput' \
  -f 1 -t 1 -wi 2 -w 5s -i 5 -r 5s \
  -jvmArgsAppend "-Xmx1g --enable-native-access=ALL-UNNAMED ${natives[*]} -Dquotetrace.shared=$shared" \
  -rf json -rff "$root/bench/target/jmh-meaning.json" "$@"
echo "load average: $(cat /proc/loadavg 2>/dev/null || echo unknown)"
