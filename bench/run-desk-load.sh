#!/usr/bin/env bash
# Loads the desk (DeskLoad): the server in-process over INDEX_DIR, CLIENTS clients on loopback
# sending requests back to back, latencies by HdrHistogram and process CPU a request (search,
# sources ranked, then new articles traced against their ranked candidates by id as the page
# does, the seed pair's trace with the model warm), then MEMORY mixed requests with the heap
# after a full collection every 1,000 of them.
#
#   bench/run-desk-load.sh INDEX_DIR [CLIENTS] [REQUESTS] [MEMORY_REQUESTS] [SOURCES_WARM]
#
# SOURCES_WARM (default REQUESTS/20) articles go to /api/sources untimed before the timed ones,
# each a different article, none of them timed again.
#
# e.g. for the issue's figures (100,000 documents, 8 clients):
#   bench/run-generate.sh 100000 /work/corpora/d100k/corpus 42
#   ./quotetrace index --index /work/corpora/d100k/index /work/corpora/d100k/corpus/corpus-*.jsonl
#   bench/run-desk-load.sh /work/corpora/d100k/index 8 400 10000
# The seed pair is read in place from ../shared/seeds when it is there.
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 INDEX_DIR [CLIENTS] [REQUESTS] [MEMORY_REQUESTS]" >&2
  exit 2
fi
index="$(cd "$1" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
cd "$root"
cp="$root/bench/target/desk-load.classpath"
# The modules are not installed: the reactor resolves them to their jars, and bench, built last,
# writes the class path it ends with.
mvn -o -q -B -ntp -pl bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$cp" >/dev/null
mkdir -p "$root/bench/target/tmp"
"$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED \
  -Djava.io.tmpdir="$root/bench/target/tmp" -DDJL_CACHE_DIR="$root/bench/target/djl" \
  -cp "$root/bench/target/classes:$(cat "$cp")" org.quotetrace.bench.DeskLoad \
  "$index" "$root/../shared/seeds" "${2:-8}" "${3:-400}" "${4:-10000}" "${5:-$(( ${3:-400} / 20 ))}"
