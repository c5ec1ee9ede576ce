#!/usr/bin/env bash
# Corpus mode at scale, in one go: generates a labelled corpus of N documents (bench/run-generate.sh,
# skipped when OUT/corpus already holds one), indexes it with the launcher as a user would
# (`quotetrace index`, its default -Xmx2g, GC log for the peak heap), then measures source finding
# (SourcesEval: quotetrace vs MoreLikeThis, recall and latency) and variant grouping (VariantsEval:
# time, pairwise precision/recall).
#
#   bench/run-corpus.sh N OUT [SEED] [SAMPLE]
#
# OUT gets corpus/ (JSON Lines + labels), index/, and the logs. Needs about 9 GB a million documents.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: bench/run-corpus.sh N OUT [SEED] [SAMPLE]" >&2
  exit 2
fi
docs="$1"
out="$2"
seed="${3:-42}"
sample="${4:-1000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
mkdir -p "$out"
if [ ! -f "$out/corpus/labels.jsonl" ]; then
  "$here/run-generate.sh" "$docs" "$out/corpus" "$seed"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$out/index"
QUOTETRACE_JAVA_OPTS="-Xlog:gc:file=$out/index-gc.log" /usr/bin/time -f "index: %e s wall, %U s user, %P CPU, %M KB peak RSS" \
  "$root/quotetrace" index --index "$out/index" "$out"/corpus/corpus-*.jsonl --progress log 2>&1 | tee "$out/index.log" | grep -v "indexing:"
python3 - "$out/index-gc.log" <<'PY'
import re, sys
peak = 0
for line in open(sys.argv[1]):
    m = re.search(r'(\d+)M->(\d+)M\((\d+)M\)', line)
    if m:
        peak = max(peak, int(m.group(1)))
print(f"index: peak heap in use (before a collection) {peak} MB")
PY
du -sh "$out/index" | awk '{print "index: size on disk " $1}'
cp_file="$root/bench/target/corpus.classpath"
(cd "$root" && mvn -o -q -B -ntp -pl bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -DincludeScope=runtime)
cp="$root/bench/target/classes:$(cat "$cp_file")"
natives="-Djava.io.tmpdir=$root/bench/target/tmp -DDJL_CACHE_DIR=$root/bench/target/djl"
mkdir -p "$root/bench/target/tmp"
echo "load before sources: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx2g $natives --enable-native-access=ALL-UNNAMED -cp "$cp" \
  org.quotetrace.bench.index.SourcesEval "$out/index" "$out/corpus/labels.jsonl" "$sample" 1 2>&1 \
  | grep -v -e VectorizationProvider -e "Java vector incubator"
echo "load before variants: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "variants: %e s wall, %M KB peak RSS" "$JAVA_HOME/bin/java" -Xmx8g -XX:+UseParallelGC -cp "$cp" \
  org.quotetrace.bench.index.VariantsEval "$out/index" "$out/corpus/labels.jsonl" 2>&1 \
  | grep -v -e VectorizationProvider -e "Java vector incubator"
