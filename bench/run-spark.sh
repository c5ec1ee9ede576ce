#!/usr/bin/env bash
# Extract, the local path and the Spark path side by side in one run, on one corpus: wall time and
# peak resident set of
#   - `quotetrace quotes` (quotes, speakers and attributions of every document, one thread),
#   - `quotetrace index` (the same quotes, speakers and fingerprints into the local index, its
#     default threads and 2 GB heap),
#   - the Spark job's extract on local[*] (the same, as Parquet; HEAP for its heap, 2g by default),
#   - `quotetrace variants` on that index (grouping afresh) and the Spark job's variants,
#   - `quotetrace sources --all` on that index and the Spark job's sources (every article's top
#     sources, the same table), with the number of pairs each wrote.
# CORPUS is a folder of JSON Lines or WARC files, or a number N: N documents are then generated
# into OUT/corpus with bench/run-generate.sh (SEED, 42 by default). PARTITIONS sets Spark's
# shuffle partitions (spark.sql.shuffle.partitions and spark.default.parallelism), four per core
# by default: Spark's own default of 200 is sized for a cluster, and on a small corpus its fixed
# cost per partition outweighs the work. EVENTS=DIR keeps Spark's event log of each step there
# (uncompressed JSON lines: per task, its CPU time and shuffle bytes and records written), from
# which the shuffle at each stage is read. STEPS runs only the named steps, in this order (a
# million-document run does not fit one sitting): any of quotes, index, spark-extract, variants,
# spark-variants, sources, spark-sources; all by default. Later steps read what earlier ones left
# in OUT (the index, the Spark tables). Every timing line is also appended to OUT/timings.txt with
# the date and the load before the step, so a run in several sittings keeps one record.
#
#   bench/run-spark.sh CORPUS|N OUT [SEED]
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: bench/run-spark.sh CORPUS|N OUT [SEED]" >&2
  exit 2
fi
corpus="$1"
out="$2"
seed="${3:-42}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [[ "$corpus" =~ ^[0-9_,]+$ ]]; then
  if [ ! -f "$out/corpus/labels.jsonl" ]; then
    "$here/run-generate.sh" "$corpus" "$out/corpus" "$seed" >&2
  fi
  inputs=("$out"/corpus/corpus-*.jsonl)
else
  inputs=("$corpus")
fi
cp_file="$root/spark/target/spark.classpath"
partitions="${PARTITIONS:-$(( 4 * $(nproc) ))}"
events=()
if [ -n "${EVENTS:-}" ]; then
  mkdir -p "$EVENTS"
  events=(-Dspark.eventLog.enabled=true -Dspark.eventLog.dir="$(cd "$EVENTS" && pwd)"
    -Dspark.eventLog.compress=false -Dspark.eventLog.rolling.enabled=false)
fi
# compile scope: quotetrace's libraries and Spark itself (provided: spark-submit brings it on a cluster).
(cd "$root" && mvn -o -q -B -ntp -pl spark -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -DincludeScope=compile)
"$root/quotetrace" --version >/dev/null 2>&1 || true # builds the launcher's jar outside the timing
steps=" ${STEPS:-quotes index spark-extract variants spark-variants sources spark-sources} "
want() { [[ "$steps" == *" $1 "* ]]; }
timed() {
  local label="$1"
  shift
  local load
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -o "$out/.time" -f "$label: %e s wall, %U s user, %P CPU, %M KB peak RSS" "$@"
  cat "$out/.time" >&2
  echo "$(date -u +%FT%TZ) load $load: $(cat "$out/.time")" >> "$out/timings.txt"
}
spark() {
  local label="$1"
  shift
  # A Spark JVM that was killed leaves its shuffle and spill files (tens of GB at a million
  # documents) under its temporary folder, and the next run then fills the disk. Remove them when
  # no Spark JVM of this checkout is running.
  mkdir -p "$root/spark/target/tmp"
  if ! pgrep -f -- "-Djava.io.tmpdir=$root/spark/target/tmp" >/dev/null; then
    find "$root/spark/target/tmp" -mindepth 1 -maxdepth 1 -type d \( -name 'blockmgr-*' -o -name 'spark-*' \) \
      -exec rm -rf {} + 2>/dev/null || true
  fi
  # shellcheck disable=SC2086
  timed "$label" "$JAVA_HOME/bin/java" -Xmx"${HEAP:-2g}" $opts \
    -Djava.io.tmpdir="$root/spark/target/tmp" -Dspark.master='local[*]' -Dspark.ui.enabled=false \
    -Dspark.sql.shuffle.partitions="$partitions" -Dspark.default.parallelism="$partitions" "${events[@]}" \
    -Dlog4j2.configurationFile="$root/spark/src/test/resources/log4j2.properties" \
    -cp "$root/spark/target/classes:$(cat "$cp_file")" org.quotetrace.spark.Main "$@"
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg); shuffle partitions: $partitions"
echo "corpus: ${inputs[*]} ($(du -shc "${inputs[@]}" | tail -1 | cut -f1))"
# The JVM options Spark's launcher adds, kept in one place: the spark module's pom.
opts=$(sed -n '/<spark.jvm.options>/,/<\/spark.jvm.options>/p' "$root/spark/pom.xml" \
  | sed -e 's/<[^>]*>//g' | tr -s ' \n' ' ')
spark_inputs=()
for i in "${inputs[@]}"; do spark_inputs+=("$(realpath "$i")"); done
if want quotes; then
  timed "local quotes" "$root/quotetrace" quotes --format jsonl "${inputs[@]}" > "$out/quotes.jsonl"
  echo "local quotes: $(wc -l < "$out/quotes.jsonl") documents"
fi
if want index; then
  rm -rf "$out/index"
  timed "local index" "$root/quotetrace" index --index "$out/index" --progress none "${inputs[@]}"
fi
if want spark-extract; then
  spark "spark local[*] extract" extract --out "$out/spark" "${spark_inputs[@]}"
  du -sh "$out/spark"/* | awk '{print "spark output: " $2 " " $1}'
fi
if want variants; then
  rm -f "$out/index/quotetrace-variants.bin" # groups afresh
  timed "local variants" "$root/quotetrace" variants --index "$out/index" --limit 1 >/dev/null
  rm -f "$out/index/quotetrace-variants.bin" # the next local run groups afresh too
fi
if want spark-variants; then
  spark "spark local[*] variants" variants --out "$out/spark"
fi
if want sources; then
  timed "local sources --all" "$root/quotetrace" sources --all --index "$out/index" --out "$out/sources.jsonl"
  echo "local sources: $(wc -l < "$out/sources.jsonl") pairs"
fi
if want spark-sources; then
  spark "spark local[*] sources" sources --out "$out/spark"
fi
