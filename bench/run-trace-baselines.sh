#!/usr/bin/env bash
# quotetrace and two baselines side by side on the labelled trace cases (all, dev and test):
# verdict accuracy, span accuracy and, for quotetrace, flag F1, all from the same TraceCases
# scorer. The baselines are the QUOTUS matching rule (Niculae et al., WWW 2015), re-implemented
# from its description, and a pure MiniLM sentence-embedding matcher whose threshold is chosen on
# dev only. Then the DESIGN pitfall pairs through each method.
#
#   bench/run-trace-baselines.sh [CASES_DIR] [--confusion] [--misses]
#
# Builds offline (mvn -o); natives unpack into bench/target, not the home folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
cd "$root"
cases="${1:-core/src/test/resources/trace/cases}"
shift || true
mvn -o -q -B -ntp -Pjmh -pl bench -am package -DskipTests
mkdir -p bench/target/tmp
"$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED \
  -Djava.io.tmpdir="$root/bench/target/tmp" -DDJL_CACHE_DIR="$root/bench/target/djl" \
  -cp bench/target/benchmarks.jar org.quotetrace.bench.TraceSideBySide "$cases" "$@"
