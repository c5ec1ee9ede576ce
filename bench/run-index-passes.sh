#!/usr/bin/env bash
# Indexes a corpus PASSES times in one JVM with the launcher's settings for `index` (parallel
# collector, -Xmx2g) and prints per pass the rate, the process CPU per document and the JIT
# compilers' time (bench/tools/IndexPasses.java): the first pass is a cold run of that length,
# the later ones the rate a long run settles at once the JIT has compiled the hot code. The CPU
# of the compiler threads and of the collector's is also given apart, and the rest a document:
# on a loaded machine the compilers run far into the later passes, so the rest is the figure to
# compare two builds by. A second line a pass tallies the optimising compiler's work from JFR
# events: deoptimizations by reason, methods compiled, and how many of them were compiled again
# (with the costliest), which tells new methods growing warm from old code thrown away.
#
#   bench/run-index-passes.sh PASSES WORK_DIR INPUT...
#
# WORK_DIR gets one index folder at a time (deleted after each pass). INPUT: what `quotetrace
# index` takes, e.g. the corpus bench/run-index-polnear.sh writes.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: bench/run-index-passes.sh PASSES WORK_DIR INPUT..." >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
[ -d "$root/cli/target/lib" ] || "$root/quotetrace" --help >/dev/null
cp="$(find "$root/cli/target/lib" -name '*.jar' | tr '\n' ':')"
passes="$1"
work="$2"
shift 2
mkdir -p "$work"
exec nice "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xmx2g --enable-native-access=ALL-UNNAMED \
  -XX:-UseDynamicNumberOfCompilerThreads \
  -cp "$cp" "$here/tools/IndexPasses.java" "$passes" "$work" "$@"
